@org.jspecify.annotations.NullMarked
package no.samskap.audit.web;
