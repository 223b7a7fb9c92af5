package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// A small recursive-descent parser for a JSON-like language with
// comments, trailing commas and bare keys.

type Value any

type parser struct {
	s   string
	pos int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Pos, e.Msg) }

func (p *parser) fail(format string, args ...any) error {
	return &SyntaxError{p.pos, fmt.Sprintf(format, args...)}
}

func (p *parser) skip() {
	for p.pos < len(p.s) {
		switch {
		case unicode.IsSpace(rune(p.s[p.pos])):
			p.pos++
		case strings.HasPrefix(p.s[p.pos:], "//"):
			for p.pos < len(p.s) && p.s[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

func (p *parser) value() (Value, error) {
	p.skip()
	if p.pos >= len(p.s) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && strings.ContainsRune("-+.eE0123456789", rune(p.s[p.pos])) {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, &SyntaxError{start, "bad number: " + err.Error()}
		}
		return f, nil
	default:
		w := p.word()
		switch w {
		case "true":
			return true, nil
		case "false":
			return false, nil
		case "null":
			return nil, nil
		}
		return nil, p.fail("unexpected %q", w)
	}
}

func (p *parser) word() string {
	start := p.pos
	for p.pos < len(p.s) && (unicode.IsLetter(rune(p.s[p.pos])) || p.s[p.pos] == '_') {
		p.pos++
	}
	if start == p.pos && p.pos < len(p.s) {
		p.pos++
	}
	return p.s[start:p.pos]
}

func (p *parser) str() (string, error) {
	q, err := strconv.QuotedPrefix(p.s[p.pos:])
	if err != nil {
		return "", p.fail("bad string")
	}
	p.pos += len(q)
	return strconv.Unquote(q)
}

func (p *parser) object() (Value, error) {
	p.pos++
	obj := map[string]Value{}
	for {
		p.skip()
		if p.pos < len(p.s) && p.s[p.pos] == '}' {
			p.pos++
			return obj, nil
		}
		var key string
		var err error
		if p.pos < len(p.s) && p.s[p.pos] == '"' {
			key, err = p.str()
		} else {
			key = p.word()
		}
		if err != nil {
			return nil, err
		}
		p.skip()
		if p.pos >= len(p.s) || p.s[p.pos] != ':' {
			return nil, p.fail("expected ':' after key %q", key)
		}
		p.pos++
		v, err := p.value()
		if err != nil {
			return nil, fmt.Errorf("in key %q: %w", key, err)
		}
		obj[key] = v
		p.skip()
		if p.pos < len(p.s) && p.s[p.pos] == ',' {
			p.pos++
		}
	}
}

func (p *parser) array() (Value, error) {
	p.pos++
	var arr []Value
	for {
		p.skip()
		if p.pos < len(p.s) && p.s[p.pos] == ']' {
			p.pos++
			return arr, nil
		}
		v, err := p.value()
		if err != nil {
			return nil, fmt.Errorf("in element %d: %w", len(arr), err)
		}
		arr = append(arr, v)
		p.skip()
		if p.pos < len(p.s) && p.s[p.pos] == ',' {
			p.pos++
		}
	}
}

func show(v Value, indent string) string {
	switch x := v.(type) {
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var sb strings.Builder
		sb.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(&sb, "%s  %s: %s\n", indent, k, show(x[k], indent+"  "))
		}
		sb.WriteString(indent + "}")
		return sb.String()
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e, indent)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return strconv.Quote(x)
	case nil:
		return "null"
	default:
		return fmt.Sprint(x)
	}
}

func main() {
	src := `{
  // service config
  name: "api",
  port: 8080,
  ratio: -1.5e2,
  tags: ["a", "b",],
  nested: {enabled: true, owner: null, "quoted key": [1, [2, [3]]]},
}`
	v, err := (&parser{s: src}).value()
	fmt.Println(show(v, ""), err)
	for _, bad := range []string{`{a: }`, `[1, 2, oops]`, `{"x" 1}`, `[1e999]`, `"unterminated`} {
		_, err := (&parser{s: bad}).value()
		var se *SyntaxError
		fmt.Printf("%-14q %v (syntax=%t)\n", bad, err, errors.As(err, &se))
	}
}
