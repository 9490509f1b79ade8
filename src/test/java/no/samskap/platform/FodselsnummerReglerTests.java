package no.samskap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class FodselsnummerReglerTests {

    @Test
    void refusesSyntheticNumbersInProduction() {
        var env = new MockEnvironment().withProperty(FodselsnummerRegler.PROPERTY, "true");
        env.setActiveProfiles("prod");

        assertThatIllegalStateException().isThrownBy(() -> FodselsnummerRegler.verify(env))
                .withMessageContaining(FodselsnummerRegler.PROPERTY);
    }

    @Test
    void acceptsSyntheticNumbersOnlyWhenConfigured() {
        var demo = new MockEnvironment().withProperty(FodselsnummerRegler.PROPERTY, "true");
        demo.setActiveProfiles("demo");

        assertThat(FodselsnummerRegler.verify(demo)).isTrue();
        assertThat(FodselsnummerRegler.verify(new MockEnvironment())).isFalse();
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(FodselsnummerRegler.verify(prod)).isFalse();
    }
}
