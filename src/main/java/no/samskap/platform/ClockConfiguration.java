package no.samskap.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time comes from this clock, in Europe/Oslo; tests may replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }
}
