package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) errorf(format string, a ...any) error {
	return fmt.Errorf("at %d: %s", p.pos, fmt.Sprintf(format, a...))
}

func (p *parser) value() (any, error) {
	p.ws()
	if p.pos >= len(p.s) {
		return nil, p.errorf("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		m := map[string]any{}
		p.ws()
		if p.s[p.pos] == '}' {
			p.pos++
			return m, nil
		}
		for {
			p.ws()
			k, err := p.str()
			if err != nil {
				return nil, err
			}
			p.ws()
			if p.s[p.pos] != ':' {
				return nil, p.errorf("expected ':'")
			}
			p.pos++
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			m[k] = v
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.s[p.pos] == '}' {
				p.pos++
				return m, nil
			}
			return nil, p.errorf("expected ',' or '}' got %q", p.s[p.pos])
		}
	case c == '[':
		p.pos++
		a := []any{}
		p.ws()
		if p.s[p.pos] == ']' {
			p.pos++
			return a, nil
		}
		for {
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			a = append(a, v)
			p.ws()
			switch p.s[p.pos] {
			case ',':
				p.pos++
			case ']':
				p.pos++
				return a, nil
			default:
				return nil, p.errorf("expected ',' or ']'")
			}
		}
	case c == '"':
		return p.str()
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil, nil
	default:
		j := p.pos
		for j < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[j]) >= 0 {
			j++
		}
		f, err := strconv.ParseFloat(p.s[p.pos:j], 64)
		if err != nil {
			return nil, p.errorf("bad number %q", p.s[p.pos:j])
		}
		p.pos = j
		return f, nil
	}
}

func (p *parser) str() (string, error) {
	if p.s[p.pos] != '"' {
		return "", p.errorf("expected string")
	}
	p.pos++
	var sb strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return sb.String(), nil
		case c == '\\':
			p.pos++
			switch e := p.s[p.pos]; e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				n, err := strconv.ParseUint(p.s[p.pos+1:p.pos+5], 16, 32)
				if err != nil {
					return "", p.errorf("bad escape")
				}
				sb.WriteRune(rune(n))
				p.pos += 4
			default:
				sb.WriteByte(e)
			}
			p.pos++
		default:
			r, size := utf8.DecodeRuneInString(p.s[p.pos:])
			sb.WriteRune(r)
			p.pos += size
		}
	}
	return "", p.errorf("unterminated string")
}

func canon(v any) string {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.Quote(k) + ":" + canon(x[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = canon(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case string:
		return strconv.Quote(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}

func main() {
	docs := []string{
		`{"name": "gopher", "age": 13, "tags": ["a", "b\n", "\u00e9t\u00e9"], "ok": true, "none": null, "n": -1.5e3}`,
		`[1, [2, [3, {"x": []}]], {}]`,
		`{"한글": "값", "nested": {"z": 1, "a": [true, false]}}`,
		`{"bad": }`,
		`[1, 2`,
		`"open`,
	}
	for _, d := range docs {
		p := &parser{s: d}
		v, err := p.value()
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var std any
		if err := json.Unmarshal([]byte(d), &std); err != nil {
			fmt.Println("std error:", err)
		}
		fmt.Println(canon(v), reflect.DeepEqual(v, std))
		b, _ := json.Marshal(v)
		fmt.Println(string(b))
	}
}
