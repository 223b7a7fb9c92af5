// A validator driven by `validate` tags, as form libraries do: required,
// min/max for numbers and lengths, oneof, nested structs and slices of
// structs, errors collected with their field paths.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type FieldError struct {
	Path, Rule string
	Value      any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %q (value %v)", e.Path, e.Rule, e.Value)
}

type Errors []FieldError

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

type Address struct {
	Street string `validate:"required"`
	Zip    string `validate:"len=5"`
}

type Role string

type User struct {
	Name      string `validate:"required,min=2,max=10"`
	Age       int    `validate:"min=0,max=130"`
	Email     string `validate:"required,contains=@"`
	Role      Role   `validate:"oneof=admin user guest"`
	Home      Address
	Others    []Address `validate:"max=2"`
	Nick      *string   `validate:"required"`
	unchecked string
}

func validate(v any) error {
	var errs Errors
	walk(reflect.ValueOf(v), reflect.TypeOf(v).Name(), &errs)
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func walk(v reflect.Value, path string, errs *Errors) {
	if v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		p := path + "." + f.Name
		if tag := f.Tag.Get("validate"); tag != "" {
			for _, rule := range strings.Split(tag, ",") {
				if !check(fv, rule) {
					*errs = append(*errs, FieldError{p, rule, fv.Interface()})
				}
			}
		}
		switch fv.Kind() {
		case reflect.Struct:
			walk(fv, p, errs)
		case reflect.Slice:
			for j := 0; j < fv.Len(); j++ {
				if fv.Index(j).Kind() == reflect.Struct {
					walk(fv.Index(j), fmt.Sprintf("%s[%d]", p, j), errs)
				}
			}
		}
	}
}

func size(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return v.Len()
	case reflect.Int:
		return int(v.Int())
	}
	return 0
}

func check(v reflect.Value, rule string) bool {
	name, arg, _ := strings.Cut(rule, "=")
	n, _ := strconv.Atoi(arg)
	switch name {
	case "required":
		return !v.IsZero()
	case "min":
		return size(v) >= n
	case "max":
		return size(v) <= n
	case "len":
		return v.Len() == n
	case "contains":
		return strings.Contains(v.String(), arg)
	case "oneof":
		for _, o := range strings.Fields(arg) {
			if v.String() == o {
				return true
			}
		}
		return false
	}
	return true
}

func main() {
	nick := "al"
	good := User{Name: "Alice", Age: 30, Email: "a@x.io", Role: "admin", Home: Address{"Main St", "12345"}, Nick: &nick}
	fmt.Println(validate(good))
	bad := User{Name: "B", Age: 200, Email: "nope", Role: "root", Home: Address{Zip: "1"},
		Others: []Address{{"x", "11111"}, {"", "2"}, {"y", "33333"}}}
	err := validate(&bad)
	fmt.Println(err)
	var es Errors
	if errors.As(err, &es) {
		fmt.Println(len(es), es[0].Path, es[len(es)-1].Rule)
	}
	var fe FieldError
	fmt.Println(errors.As(err, &fe))
	fmt.Printf("%v\n%+v\n", es[3], es[3])
}
