package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Kind int

const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

type Value struct {
	Kind Kind
	B    bool
	N    float64
	S    string
	A    []Value
	O    map[string]Value
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

type dec struct {
	s string
	i int
}

func (d *dec) ws() {
	for d.i < len(d.s) && strings.ContainsRune(" \t\n\r", rune(d.s[d.i])) {
		d.i++
	}
}

func (d *dec) fail(msg string, args ...any) {
	panic(&SyntaxError{d.i, fmt.Sprintf(msg, args...)})
}

func (d *dec) expect(c byte) {
	d.ws()
	if d.i >= len(d.s) || d.s[d.i] != c {
		d.fail("expected %q", c)
	}
	d.i++
}

func (d *dec) value() Value {
	d.ws()
	if d.i >= len(d.s) {
		d.fail("unexpected end")
	}
	switch c := d.s[d.i]; {
	case c == '{':
		d.i++
		v := Value{Kind: Object, O: map[string]Value{}}
		d.ws()
		if d.s[d.i] == '}' {
			d.i++
			return v
		}
		for {
			k := d.value()
			if k.Kind != String {
				d.fail("key must be string")
			}
			d.expect(':')
			v.O[k.S] = d.value()
			d.ws()
			if d.s[d.i] == ',' {
				d.i++
				continue
			}
			d.expect('}')
			return v
		}
	case c == '[':
		d.i++
		v := Value{Kind: Array}
		d.ws()
		if d.s[d.i] == ']' {
			d.i++
			return v
		}
		for {
			v.A = append(v.A, d.value())
			d.ws()
			if d.i < len(d.s) && d.s[d.i] == ',' {
				d.i++
				continue
			}
			d.expect(']')
			return v
		}
	case c == '"':
		j := d.i + 1
		for j < len(d.s) && d.s[j] != '"' {
			if d.s[j] == '\\' {
				j++
			}
			j++
		}
		s, err := strconv.Unquote(d.s[d.i : j+1])
		if err != nil {
			d.fail("bad string: %v", err)
		}
		d.i = j + 1
		return Value{Kind: String, S: s}
	case strings.HasPrefix(d.s[d.i:], "true"), strings.HasPrefix(d.s[d.i:], "false"):
		b := d.s[d.i] == 't'
		d.i += map[bool]int{true: 4, false: 5}[b]
		return Value{Kind: Bool, B: b}
	case strings.HasPrefix(d.s[d.i:], "null"):
		d.i += 4
		return Value{}
	default:
		j := d.i
		for j < len(d.s) && strings.ContainsRune("+-0123456789.eE", rune(d.s[j])) {
			j++
		}
		f, err := strconv.ParseFloat(d.s[d.i:j], 64)
		if err != nil {
			d.fail("bad number %q", d.s[d.i:j])
		}
		d.i = j
		return Value{Kind: Number, N: f}
	}
}

func Parse(s string) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	d := &dec{s: s}
	v = d.value()
	d.ws()
	if d.i != len(s) {
		d.fail("trailing data")
	}
	return v, nil
}

func (v Value) String() string {
	switch v.Kind {
	case Null:
		return "null"
	case Bool:
		return strconv.FormatBool(v.B)
	case Number:
		return strconv.FormatFloat(v.N, 'g', -1, 64)
	case String:
		return strconv.Quote(v.S)
	case Array:
		parts := make([]string, len(v.A))
		for i, e := range v.A {
			parts[i] = e.String()
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	keys := make([]string, 0, len(v.O))
	for k := range v.O {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Quote(k) + ":" + v.O[k].String())
	}
	return sb.String() + "}"
}

func main() {
	for _, in := range []string{
		`{"b": [1, 2.5e3, -0.5], "a": {"x": null, "y": true}, "s": "h\u00e9\n"}`,
		`[]`, `[{}, [], ""]`, `{"a" 1}`, `[1, 2`, `tru`, `"abc`, `1 2`, `{"k": [1, {"z": false}]}`,
	} {
		v, err := Parse(in)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println(v)
	}
	v, _ := Parse(`{"n": [1,2,3]}`)
	sum := 0.0
	for _, e := range v.O["n"].A {
		sum += e.N
	}
	fmt.Println(sum, v.O["missing"].Kind == Null)
}
