package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{ isValue() }

type (
	Null   struct{}
	Bool   bool
	Number float64
	String string
	Array  []Value
	Object map[string]Value
)

func (Null) isValue()   {}
func (Bool) isValue()   {}
func (Number) isValue() {}
func (String) isValue() {}
func (Array) isValue()  {}
func (Object) isValue() {}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.ContainsRune(" \t\n\r", rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) fail(format string, args ...any) error {
	return &SyntaxError{p.pos, fmt.Sprintf(format, args...)}
}

func (p *parser) value() (Value, error) {
	p.ws()
	if p.pos >= len(p.s) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		obj := Object{}
		for {
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == '}' {
				p.pos++
				return obj, nil
			}
			k, err := p.value()
			if err != nil {
				return nil, err
			}
			ks, ok := k.(String)
			if !ok {
				return nil, p.fail("key must be string, got %T", k)
			}
			p.ws()
			if p.pos >= len(p.s) || p.s[p.pos] != ':' {
				return nil, p.fail("expected ':'")
			}
			p.pos++
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			obj[string(ks)] = v
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '[':
		p.pos++
		var arr Array
		for {
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ']' {
				p.pos++
				return arr, nil
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '"':
		end := strings.IndexByte(p.s[p.pos+1:], '"')
		if end < 0 {
			return nil, p.fail("unterminated string")
		}
		s := p.s[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		return String(s), nil
	case c == '-' || c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && strings.ContainsRune("-+.eE0123456789", rune(p.s[p.pos])) {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, fmt.Errorf("number at %d: %w", start, err)
		}
		return Number(f), nil
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return Bool(true), nil
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return Bool(false), nil
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return Null{}, nil
	default:
		return nil, p.fail("unexpected %q", c)
	}
}

func render(v Value, indent string) string {
	switch v := v.(type) {
	case Null:
		return "null"
	case Bool:
		return strconv.FormatBool(bool(v))
	case Number:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	case String:
		return strconv.Quote(string(v))
	case Array:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = render(e, indent)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case Object:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var sb strings.Builder
		sb.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(&sb, "%s  %q: %s\n", indent, k, render(v[k], indent+"  "))
		}
		sb.WriteString(indent + "}")
		return sb.String()
	}
	return fmt.Sprintf("<%T>", v)
}

func main() {
	inputs := []string{
		`{"name": "gopher", "age": 13, "tags": ["go", "fun", true, null], "nested": {"x": -1.5e2}}`,
		`[1, 2, [3, [4]]]`,
		`{"a" 1}`,
		`{1: 2}`,
		`"open`,
		`[1.2.3]`,
		`@`,
	}
	for _, in := range inputs {
		p := &parser{s: in}
		v, err := p.value()
		if err != nil {
			var se *SyntaxError
			var ne *strconv.NumError
			fmt.Printf("error: %v (syntax=%v num=%v)\n", err, errors.As(err, &se), errors.As(err, &ne))
			continue
		}
		fmt.Printf("%T\n%s\n", v, render(v, ""))
	}
}
