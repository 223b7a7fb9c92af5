// Package pyrepr formats Go values the way Python's repr() shows the
// corresponding Python values, for String methods that must print exactly
// what Python prints (CompletedProcess, Process, ...).
package pyrepr

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str returns Python's repr of the str s: single quotes unless s contains a
// single quote and no double quote, printable characters (Hangul included)
// kept as they are, the rest escaped as \n, \t, \xNN, \uNNNN or \UNNNNNNNN.
// Bytes that are not valid UTF-8 are shown as \xNN.
func Str(s string) string {
	q := quote(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString(`\x`)
			b.WriteString(hex2(s[i]))
			i++
			continue
		}
		i += n
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(q):
			b.WriteByte('\\')
			b.WriteByte(q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == ' ' || (r >= 0x21 && r < 0x7f):
			b.WriteRune(r)
		case r < 0x100 && !unicode.IsPrint(r) || r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(byte(r)))
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x10000:
			b.WriteString(`\u`)
			b.WriteString(pad(strconv.FormatInt(int64(r), 16), 4))
		default:
			b.WriteString(`\U`)
			b.WriteString(pad(strconv.FormatInt(int64(r), 16), 8))
		}
	}
	b.WriteByte(q)
	return b.String()
}

// Bytes returns Python's repr of the bytes p, such as b'hi\n'.
func Bytes(p []byte) string {
	q := quote(string(p))
	var b strings.Builder
	b.Grow(len(p) + 3)
	b.WriteByte('b')
	b.WriteByte(q)
	for _, c := range p {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == q:
			b.WriteByte('\\')
			b.WriteByte(q)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			b.WriteString(`\x`)
			b.WriteString(hex2(c))
		}
	}
	b.WriteByte(q)
	return b.String()
}

// StrList returns Python's repr of a list of str, such as ['echo', 'hi'].
func StrList(list []string) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, s := range list {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Str(s))
	}
	b.WriteByte(']')
	return b.String()
}

// Seconds formats a duration in seconds as a Python user would have written
// it: "5" for whole seconds, "0.1" otherwise (the shortest float repr).
func Seconds(sec float64) string {
	if sec == float64(int64(sec)) {
		return strconv.FormatInt(int64(sec), 10)
	}
	return strconv.FormatFloat(sec, 'g', -1, 64)
}

func quote(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

func pad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// Value returns Python's repr of the Python value that v stands for: nil is
// None, a bool True or False, a string quoted as [Str], a float as Python
// prints a float (1.0, 0.1, 1e+16, inf), a []any a tuple such as (1, 'a') or
// (1,). Any other value is formatted with fmt's %v (its String method, if
// it has one).
func Value(v any) string {
	if v == nil {
		return "None"
	}
	switch x := v.(type) {
	case []any:
		return tuple(x)
	case fmt.Stringer, error:
		return fmt.Sprint(v)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Bool:
		if rv.Bool() {
			return "True"
		}
		return "False"
	case reflect.String:
		return Str(rv.String())
	case reflect.Float32:
		return Float(rv.Float(), 32)
	case reflect.Float64:
		return Float(rv.Float(), 64)
	}
	return fmt.Sprint(v)
}

// Float returns Python's repr of a float: the shortest digits that read
// back as f (bitSize 32 or 64), in positional notation with at least one
// decimal (1.0, 0.0001) when the exponent is between -4 and 15, else in
// scientific notation (1e+16, 1.5e-07).
func Float(f float64, bitSize int) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, bitSize)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, bitSize)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

func tuple(xs []any) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, x := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Value(x))
	}
	if len(xs) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// TypeName returns the name of the Python type that a Go value stands for,
// as type(v).__name__ shows it: "NoneType" for nil, "str", "int", "float",
// "bool", "complex", "bytes", "list" (a slice or array), "dict" (a map);
// other values keep their Go type ("main.Point").
func TypeName(v any) string {
	if v == nil {
		return "NoneType"
	}
	if _, ok := v.([]byte); ok {
		return "bytes"
	}
	switch reflect.TypeOf(v).Kind() {
	case reflect.String:
		return "str"
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.Complex64, reflect.Complex128:
		return "complex"
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Map:
		return "dict"
	}
	return fmt.Sprintf("%T", v)
}

// exceptionClass matches a message that starts with a Python exception's
// class name, as a Go program writes it: "ValueError: bad input".
var exceptionClass = regexp.MustCompile(`^([A-Z][A-Za-z0-9_]*(?:Error|Exception|Exit|Interrupt|Warning)|StopIteration)(?::|$)`)

// ExceptionClass returns the Python exception class that an error message
// names at its start ("ValueError" for "ValueError: bad input"), or "".
func ExceptionClass(msg string) string {
	if m := exceptionClass.FindStringSubmatch(msg); m != nil {
		return m[1]
	}
	return ""
}
