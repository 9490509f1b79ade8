package no.samskap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Samskap: one deployable modular monolith; each top-level package below is a module. */
@SpringBootApplication
@EnableScheduling
public class SamskapApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamskapApplication.class, args);
    }
}
