package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.ContainsRune(" \n\t", rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("at %d: %s", p.pos, fmt.Sprintf(format, args...))
}

func (p *parser) value() (Value, error) {
	p.ws()
	if p.pos >= len(p.s) {
		return nil, p.errorf("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		obj := map[string]Value{}
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
			ks, ok := k.(string)
			if !ok {
				return nil, p.errorf("key must be string, got %T", k)
			}
			p.ws()
			if p.pos >= len(p.s) || p.s[p.pos] != ':' {
				return nil, p.errorf("expected ':'")
			}
			p.pos++
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			obj[ks] = v
			p.ws()
			if p.pos < len(p.s) && p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '[':
		p.pos++
		var arr []Value
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
			return nil, p.errorf("unterminated string")
		}
		s := p.s[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		return s, nil
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []struct {
			w string
			v Value
		}{{"true", true}, {"false", false}, {"null", nil}} {
			if strings.HasPrefix(p.s[p.pos:], lit.w) {
				p.pos += len(lit.w)
				return lit.v, nil
			}
		}
		return nil, p.errorf("bad literal")
	default:
		start := p.pos
		for p.pos < len(p.s) && strings.ContainsRune("+-.eE0123456789", rune(p.s[p.pos])) {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, p.errorf("bad number %q", p.s[start:p.pos])
		}
		return f, nil
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
		var b strings.Builder
		b.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(&b, "%s  %s: %s\n", indent, k, show(x[k], indent+"  "))
		}
		return b.String() + indent + "}"
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
	src := `{"name": "gonotes", "tags": ["go", "jupyter"], "stars": 4.5e2, "meta": {"ok": true, "none": null, "n": [1, -2, [3]]}}`
	p := &parser{s: src}
	v, err := p.value()
	fmt.Println(err)
	fmt.Println(show(v, ""))
	for _, bad := range []string{`{"a" 1}`, `[1, 2`, `{1: 2}`, `"open`, `tru`, `-x`} {
		_, err := (&parser{s: bad}).value()
		fmt.Printf("%-10s %v\n", bad, err)
	}
}
