package subprocess

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// codec is a text encoding of Python's that text mode can use: its name as
// CPython's messages spell it and the largest code point it encodes.
type codec struct {
	name string
	max  rune // utf8.MaxRune, 0xFF (latin-1) or 0x7F (ascii)
}

// lookupCodec returns the codec that Python's encoding argument names
// (case and '-'/'_' do not matter, as in Python's codec lookup), or
// Python's LookupError.
func lookupCodec(encoding string) (codec, error) {
	switch strings.ReplaceAll(strings.ToLower(encoding), "_", "-") {
	case "", "utf-8", "utf8", "u8", "utf", "cp65001":
		return codec{"utf-8", utf8.MaxRune}, nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1":
		return codec{"latin-1", 0xFF}, nil
	case "ascii", "us-ascii", "646":
		return codec{"ascii", 0x7F}, nil
	}
	return codec{}, fmt.Errorf("LookupError: unknown encoding: %s", encoding)
}

// unknownHandler is Python's LookupError for an errors argument it does
// not know, raised (as CPython) only when an error is to be handled.
func unknownHandler(handler string) error {
	return fmt.Errorf("LookupError: unknown error handler name '%s'", handler)
}

// badSpan is an undecodable span b[start:end] of an output and why.
type badSpan struct {
	start, end int
	reason     string
}

// nextBad returns the first undecodable span of b at or after i, as
// CPython's decoder for c delimits it, or ok false.
func (c codec) nextBad(b []byte, i int) (span badSpan, ok bool) {
	for ; i < len(b); i++ {
		x := b[i]
		if x < 0x80 || c.max == 0xFF {
			continue
		}
		if c.max == 0x7F {
			return badSpan{i, i + 1, "ordinal not in range(128)"}, true
		}
		n, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case x >= 0xC2 && x <= 0xDF:
			n = 1
		case x >= 0xE0 && x <= 0xEF:
			n = 2
			if x == 0xE0 {
				lo = 0xA0
			} else if x == 0xED {
				hi = 0x9F
			}
		case x >= 0xF0 && x <= 0xF4:
			n = 3
			if x == 0xF0 {
				lo = 0x90
			} else if x == 0xF4 {
				hi = 0x8F
			}
		default:
			return badSpan{i, i + 1, "invalid start byte"}, true
		}
		k := 1
		for ; k <= n; k++ {
			if i+k >= len(b) {
				return badSpan{i, len(b), "unexpected end of data"}, true
			}
			y := b[i+k]
			if k == 1 && (y < lo || y > hi) || k > 1 && (y < 0x80 || y > 0xBF) {
				break
			}
		}
		if k <= n {
			return badSpan{i, i + k, "invalid continuation byte"}, true
		}
		i += n
	}
	return badSpan{}, false
}

// decodeError returns Python's UnicodeDecodeError for the span s of b.
func (c codec) decodeError(b []byte, s badSpan) error {
	if s.end-s.start == 1 {
		return fmt.Errorf("UnicodeDecodeError: '%s' codec can't decode byte 0x%02x in position %d: %s", c.name, b[s.start], s.start, s.reason)
	}
	return fmt.Errorf("UnicodeDecodeError: '%s' codec can't decode bytes in position %d-%d: %s", c.name, s.start, s.end-1, s.reason)
}

// decode decodes b, an output in encoding c, to UTF-8 as Python's text
// mode does with the errors handler: strict (the default) gives the first
// UnicodeDecodeError, replace puts U+FFFD for each undecodable span,
// ignore drops it, backslashreplace writes its bytes as \xNN.
func (c codec) decode(b []byte, handler string) ([]byte, error) {
	if len(b) == 0 {
		return b, nil // nil stays nil: Python's None for an output not captured
	}
	out := []byte{}
	done := 0
	for i := 0; ; {
		s, ok := c.nextBad(b, i)
		if !ok {
			break
		}
		switch handler {
		case "", "strict":
			return nil, c.decodeError(b, s)
		case "replace", "ignore", "backslashreplace":
		default:
			return nil, unknownHandler(handler)
		}
		out = c.appendDecoded(out, b[done:s.start])
		switch handler {
		case "replace":
			out = append(out, "\uFFFD"...)
		case "backslashreplace":
			for _, x := range b[s.start:s.end] {
				out = fmt.Appendf(out, `\x%02x`, x)
			}
		}
		done, i = s.end, s.end
	}
	if done == 0 && c.max != 0xFF {
		return b, nil
	}
	return c.appendDecoded(out, b[done:]), nil
}

// appendDecoded appends b, which decodes without error, as UTF-8.
func (c codec) appendDecoded(out, b []byte) []byte {
	if c.max != 0xFF {
		return append(out, b...)
	}
	for _, x := range b {
		out = utf8.AppendRune(out, rune(x))
	}
	return out
}

// encode encodes s, an input given as UTF-8, in encoding c as Python's
// text mode does with the errors handler (strict: Python's
// UnicodeEncodeError; replace: '?'; ignore; backslashreplace: \xNN,
// \uNNNN or \UNNNNNNNN).
func (c codec) encode(s, handler string) (string, error) {
	if c.max == utf8.MaxRune {
		return s, nil
	}
	var out strings.Builder
	pos := 0
	for _, r := range s {
		switch {
		case r <= c.max:
			out.WriteByte(byte(r))
		case handler == "" || handler == "strict":
			return "", fmt.Errorf("UnicodeEncodeError: '%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", c.name, escapeRune(r), pos, c.max+1)
		case handler == "replace":
			out.WriteByte('?')
		case handler == "backslashreplace":
			out.WriteString(escapeRune(r))
		case handler != "ignore":
			return "", unknownHandler(handler)
		}
		pos++
	}
	return out.String(), nil
}

// escapeRune spells r as Python's backslashreplace and repr do.
func escapeRune(r rune) string {
	switch {
	case r <= 0xFF:
		return fmt.Sprintf(`\x%02x`, r)
	case r <= 0xFFFF:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}

// textMode says the options ask for Python's text mode: Text, or an
// Encoding or Errors (which imply it, as in Python).
func (o *Options) textMode() bool { return o.Text || o.Encoding != "" || o.Errors != "" }
