package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	City string `json:"city" validate:"required"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	Name    string `json:"name" validate:"required"`
	Email   string `json:"email"`
	Age     int    `json:"age" validate:"min=18"`
	Tags    []string
	Addr    Address `json:"address"`
	private int
}

func describe(v reflect.Value, indent string) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		fv := v.Field(i)
		tag := f.Tag.Get("json")
		val := "?"
		if f.IsExported() {
			val = fmt.Sprint(fv.Interface())
		}
		fmt.Printf("%s%s (%s, kind %s) json=%q validate=%q = %s\n", indent, f.Name, f.Type, fv.Kind(), tag, f.Tag.Get("validate"), val)
		if fv.Kind() == reflect.Struct {
			describe(fv, indent+"  ")
		}
	}
}

func required(x any) []string {
	var missing []string
	v := reflect.ValueOf(x)
	t := v.Type()
	for i := range t.NumField() {
		if t.Field(i).Tag.Get("validate") == "required" && v.Field(i).IsZero() {
			missing = append(missing, t.Field(i).Name)
		}
	}
	return missing
}

func main() {
	u := User{Name: "Ann", Age: 33, Tags: []string{"a", "b"}, Addr: Address{City: "Oslo"}}
	describe(reflect.ValueOf(u), "")
	fmt.Println(required(User{}), required(u))
	fmt.Println(required(Address{}))
	t := reflect.TypeOf(u)
	f, ok := t.FieldByName("Email")
	fmt.Println(f.Name, f.Index, ok)
	_, ok = t.FieldByName("Nope")
	fmt.Println(ok)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), strings.HasSuffix(t.String(), ".User"))
	sv := reflect.ValueOf(u.Tags)
	fmt.Println(sv.Len(), sv.Index(1), sv.Type().Elem())
	mv := reflect.ValueOf(map[string]int{"k": 5})
	fmt.Println(mv.MapIndex(reflect.ValueOf("k")), mv.Len())
}
