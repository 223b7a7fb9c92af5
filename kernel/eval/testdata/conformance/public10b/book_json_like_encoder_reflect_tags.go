package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Encoder struct{ indent string }

func (e Encoder) encode(b *strings.Builder, v reflect.Value, depth int) {
	pad := strings.Repeat(e.indent, depth+1)
	end := strings.Repeat(e.indent, depth)
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("null")
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int64, reflect.Int32:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		e.encode(b, v.Elem(), depth)
	case reflect.Slice:
		if v.IsNil() {
			b.WriteString("null")
			return
		}
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n" + pad)
			e.encode(b, v.Index(i), depth+1)
		}
		if v.Len() > 0 {
			b.WriteString("\n" + end)
		}
		b.WriteString("]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n" + pad + strconv.Quote(k.String()) + ": ")
			e.encode(b, v.MapIndex(k), depth+1)
		}
		if len(keys) > 0 {
			b.WriteString("\n" + end)
		}
		b.WriteString("}")
	case reflect.Struct:
		b.WriteString("{")
		first := true
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("enc"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if opts == "omitempty" && v.Field(i).IsZero() {
				continue
			}
			if !first {
				b.WriteString(",")
			}
			first = false
			b.WriteString("\n" + pad + strconv.Quote(name) + ": ")
			e.encode(b, v.Field(i), depth+1)
		}
		if !first {
			b.WriteString("\n" + end)
		}
		b.WriteString("}")
	default:
		fmt.Fprintf(b, "%q", "unsupported "+v.Type().String())
	}
}

func (e Encoder) Encode(x any) string {
	var b strings.Builder
	e.encode(&b, reflect.ValueOf(x), 0)
	return b.String()
}

type Address struct {
	City string `enc:"city"`
	Zip  string `enc:"zip,omitempty"`
}

type Person struct {
	Name     string         `enc:"name"`
	Age      int            `enc:"age,omitempty"`
	Emails   []string       `enc:"emails"`
	Addr     *Address       `enc:"address"`
	Meta     map[string]any `enc:"meta,omitempty"`
	Password string         `enc:"-"`
	secret   int
	Scores   map[string]float64
	Ch       chan int `enc:"ch,omitempty"`
}

func main() {
	e := Encoder{"  "}
	p := Person{
		Name:   "Ana",
		Emails: []string{"ana@example.com", "a@b.c"},
		Addr:   &Address{City: "Lisbon"},
		Meta:   map[string]any{"admin": true, "level": 3, "tags": []any{"x", 1.5, nil}},
		Scores: map[string]float64{"go": 9.5},
		secret: 1,
	}
	fmt.Println(e.Encode(p))
	fmt.Println(e.Encode(Person{Name: "Bo"}))
	fmt.Println(Encoder{""}.Encode([]*Address{{"Porto", "4000"}, nil}))
	fmt.Println(e.Encode(struct{ F func() }{}))
}
