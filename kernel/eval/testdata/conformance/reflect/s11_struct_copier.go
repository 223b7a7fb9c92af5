// A struct copier and a struct-to-map converter as mapping libraries write
// them: fields matched by name (or `map` tag), converted between named
// and underlying types, nested structs, pointers and slices.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Email string

type UserID int64

type Address struct {
	City string
	Zip  string `map:"postal"`
}

type UserModel struct {
	ID       UserID
	Name     string
	Email    Email
	Address  *Address
	Roles    []string
	Password string `map:"-"`
}

type UserDTO struct {
	ID      int64
	Name    string
	Email   string
	Address Address
	Roles   []string
	Extra   int
}

func copyStruct(dst, src any) []string {
	dv := reflect.ValueOf(dst).Elem()
	sv := reflect.Indirect(reflect.ValueOf(src))
	var copied []string
	for i := 0; i < dv.NumField(); i++ {
		df := dv.Type().Field(i)
		sf := sv.FieldByName(df.Name)
		if !sf.IsValid() {
			continue
		}
		if sf.Kind() == reflect.Ptr {
			if sf.IsNil() {
				continue
			}
			sf = sf.Elem()
		}
		dfv := dv.Field(i)
		switch {
		case sf.Type().AssignableTo(dfv.Type()):
			dfv.Set(sf)
		case sf.Type().ConvertibleTo(dfv.Type()):
			dfv.Set(sf.Convert(dfv.Type()))
		default:
			continue
		}
		copied = append(copied, fmt.Sprintf("%s(%s->%s)", df.Name, sf.Type(), dfv.Type()))
	}
	return copied
}

func toMap(v any) map[string]any {
	rv := reflect.Indirect(reflect.ValueOf(v))
	out := map[string]any{}
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		name := f.Name
		if tag := f.Tag.Get("map"); tag == "-" {
			continue
		} else if tag != "" {
			name = tag
		}
		fv := rv.Field(i)
		if fv.Kind() == reflect.Ptr && !fv.IsNil() {
			fv = fv.Elem()
		}
		if fv.Kind() == reflect.Struct {
			out[name] = toMap(fv.Interface())
			continue
		}
		out[name] = fv.Interface()
	}
	return out
}

func render(m map[string]any, indent string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		if sub, ok := m[k].(map[string]any); ok {
			fmt.Fprintf(&b, "%s%s:\n%s", indent, k, render(sub, indent+"  "))
			continue
		}
		fmt.Fprintf(&b, "%s%s: %v (%T)\n", indent, k, m[k], m[k])
	}
	return b.String()
}

func main() {
	u := &UserModel{ID: 42, Name: "ann", Email: "a@x.io", Address: &Address{"Paris", "75001"}, Roles: []string{"admin"}, Password: "pw"}
	var dto UserDTO
	fmt.Println(copyStruct(&dto, u))
	fmt.Printf("%+v\n", dto)
	var back UserModel
	fmt.Println(copyStruct(&back, dto))
	fmt.Printf("%+v %v\n", back, back.Address == nil)
	fmt.Print(render(toMap(u), ""))
	fmt.Print(render(toMap(dto), "> "))
}
