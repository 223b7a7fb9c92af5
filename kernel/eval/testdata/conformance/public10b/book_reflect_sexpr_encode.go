package main

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
)

func encode(buf *bytes.Buffer, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Invalid:
		buf.WriteString("nil")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprintf(buf, "%d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		fmt.Fprintf(buf, "%d", v.Uint())
	case reflect.String:
		fmt.Fprintf(buf, "%q", v.String())
	case reflect.Bool:
		if v.Bool() {
			buf.WriteString("t")
		} else {
			buf.WriteString("nil")
		}
	case reflect.Float32, reflect.Float64:
		fmt.Fprintf(buf, "%g", v.Float())
	case reflect.Ptr:
		if v.IsNil() {
			buf.WriteString("nil")
			return nil
		}
		return encode(buf, v.Elem())
	case reflect.Array, reflect.Slice:
		buf.WriteByte('(')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				buf.WriteByte(' ')
			}
			if err := encode(buf, v.Index(i)); err != nil {
				return err
			}
		}
		buf.WriteByte(')')
	case reflect.Struct:
		buf.WriteByte('(')
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				buf.WriteByte(' ')
			}
			name := v.Type().Field(i).Name
			if tag := v.Type().Field(i).Tag.Get("sexpr"); tag != "" {
				name = tag
			}
			fmt.Fprintf(buf, "(%s ", name)
			if err := encode(buf, v.Field(i)); err != nil {
				return err
			}
			buf.WriteByte(')')
		}
		buf.WriteByte(')')
	case reflect.Map:
		buf.WriteByte('(')
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		for i, key := range keys {
			if i > 0 {
				buf.WriteByte(' ')
			}
			buf.WriteByte('(')
			if err := encode(buf, key); err != nil {
				return err
			}
			buf.WriteByte(' ')
			if err := encode(buf, v.MapIndex(key)); err != nil {
				return err
			}
			buf.WriteByte(')')
		}
		buf.WriteByte(')')
	case reflect.Interface:
		if v.IsNil() {
			buf.WriteString("nil")
			return nil
		}
		fmt.Fprintf(buf, "(%q ", v.Elem().Type().String())
		if err := encode(buf, v.Elem()); err != nil {
			return err
		}
		buf.WriteByte(')')
	default:
		return fmt.Errorf("unsupported type: %s", v.Type())
	}
	return nil
}

func Marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := encode(&buf, reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type Point struct{ X, Y int }

type Shape struct {
	Name   string `sexpr:"name"`
	Points []Point
	Closed bool
	Meta   map[string]any
	Parent *Shape
	Scale  float64
}

func main() {
	s := Shape{
		Name:   "tri",
		Points: []Point{{0, 0}, {3, 0}, {0, 4}},
		Closed: true,
		Meta:   map[string]any{"color": "red", "layer": 2, "tags": []string{"a"}},
		Parent: &Shape{Name: "root", Scale: 0.5},
		Scale:  1.25,
	}
	b, err := Marshal(s)
	fmt.Println(string(b), err)
	_, err = Marshal(map[string]func(){"f": nil})
	fmt.Println(err)
	b, _ = Marshal([]any{nil, uint8(3), &Point{1, 2}})
	fmt.Println(string(b))
}
