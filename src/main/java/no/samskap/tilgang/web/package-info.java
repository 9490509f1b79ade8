@org.jspecify.annotations.NullMarked
package no.samskap.tilgang.web;
