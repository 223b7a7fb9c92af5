package main

// Fields of type any of the program's structs (embedded ones too) holding
// values of the program's types, set by literals and assignments, walked
// by reflect through a pointer; read back by type switches, assertions,
// ==, map keys, encoding/json, and a field set by reflect read back.

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Point struct{ X, Y int }

type Tags []string

type Meta struct {
	Note string
	Data any
}

type Record struct {
	Name  string
	Value any
	Extra any
	Meta
}

// fields walks a value through reflect, as a validator or a diff tool
// does, naming the dynamic type of each field of type any.
func fields(v reflect.Value, prefix string, out *[]string) {
	for v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		name := prefix + t.Field(i).Name
		switch {
		case t.Field(i).Anonymous:
			fields(f, name+".", out)
		case f.Kind() == reflect.Interface && !f.IsNil():
			e := f.Elem()
			*out = append(*out, fmt.Sprintf("%s: %v %v = %v", name, e.Type(), e.Kind(), e.Interface()))
		case f.Kind() == reflect.Interface:
			*out = append(*out, name+": nil")
		default:
			*out = append(*out, fmt.Sprintf("%s: %v", name, f.Interface()))
		}
	}
}

func main() {
	r := &Record{Name: "a", Value: Point{1, 2}, Extra: Level(1), Meta: Meta{"m", Tags{"x", "y"}}}
	var out []string
	fields(reflect.ValueOf(r), "", &out)
	fmt.Println(strings.Join(out, "\n"))

	r.Value = &Point{3, 4}
	r.Extra = Tags{"z"}
	r.Data = Level(0)
	r.Meta.Note = "n"
	out = nil
	fields(reflect.ValueOf(r), "", &out)
	fmt.Println(strings.Join(out, "\n"))

	// Interpreted code reads the fields back as values of their types.
	switch v := r.Value.(type) {
	case *Point:
		v.X = 30
		fmt.Println("point", *v, r.Value.(*Point).X)
	}
	if l, ok := r.Data.(Level); ok {
		fmt.Println("level", l, l.String())
	}
	fmt.Printf("%v %+v %T %T\n", r.Extra, r.Meta, r.Extra, r.Data)
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)

	r2 := Record{Name: "a", Value: Point{1, 2}}
	r3 := Record{Name: "a"}
	r3.Value = Point{1, 2}
	fmt.Println(r2 == r3, r2.Value == any(Point{1, 2}))
	seen := map[any]bool{r2.Value: true}
	fmt.Println(seen[Point{1, 2}], seen[r3.Value])

	recs := []Record{{Name: "b", Value: Level(0)}, {Name: "a", Value: Level(1)}}
	sort.Slice(recs, func(i, j int) bool { return recs[i].Value.(Level) > recs[j].Value.(Level) })
	fmt.Println(recs[0].Name, recs[0].Value, recs[1].Value)

	// Set by compiled code, read by interpreted code.
	reflect.ValueOf(r).Elem().FieldByName("Extra").Set(reflect.ValueOf(Point{7, 8}))
	p, ok := r.Extra.(Point)
	fmt.Println(p, ok)
}
