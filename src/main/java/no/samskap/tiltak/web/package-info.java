@org.jspecify.annotations.NullMarked
package no.samskap.tiltak.web;
