package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type User struct {
	Name    string   `validate:"required,min=2"`
	Email   string   `validate:"required,contains=@"`
	Age     int      `validate:"min=0,max=150"`
	Tags    []string `validate:"max=3"`
	Address *Address `validate:"required"`
	note    string
}

type Address struct {
	City string `validate:"required"`
	Zip  string `validate:"len=5"`
}

type FieldError struct {
	Path string
	Rule string
	Got  any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %q (got %v)", e.Path, e.Rule, e.Got)
}

func validate(v any) error {
	var errs []error
	walk(reflect.ValueOf(v), "", &errs)
	return errors.Join(errs...)
}

func walk(v reflect.Value, prefix string, errs *[]error) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		fv := v.Field(i)
		path := prefix + sf.Name
		for _, rule := range strings.Split(sf.Tag.Get("validate"), ",") {
			if rule == "" {
				continue
			}
			name, arg, _ := strings.Cut(rule, "=")
			if !check(fv, name, arg) {
				*errs = append(*errs, FieldError{path, rule, describe(fv)})
			}
		}
		if fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct || fv.Kind() == reflect.Struct {
			walk(fv, path+".", errs)
		}
	}
}

func describe(v reflect.Value) any {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		return "nil"
	}
	if v.Kind() == reflect.Pointer {
		return v.Elem().Type().Name()
	}
	return v.Interface()
}

func size(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		return len([]rune(v.String()))
	case reflect.Slice, reflect.Map:
		return v.Len()
	case reflect.Int, reflect.Int64:
		return int(v.Int())
	}
	return 0
}

func check(v reflect.Value, name, arg string) bool {
	n, _ := strconv.Atoi(arg)
	switch name {
	case "required":
		return !v.IsZero()
	case "min":
		return size(v) >= n
	case "max":
		return size(v) <= n
	case "len":
		return size(v) == n
	case "contains":
		return strings.Contains(v.String(), arg)
	}
	return false
}

func setDefaults(p any) {
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.CanSet() && f.Kind() == reflect.String && f.String() == "" {
			f.SetString("<" + v.Type().Field(i).Name + ">")
		}
	}
}

func main() {
	good := User{Name: "Ann", Email: "ann@x.io", Age: 30, Address: &Address{"Paris", "75001"}}
	fmt.Println("good:", validate(good))
	bad := &User{Name: "A", Age: 200, Tags: []string{"a", "b", "c", "d"}, note: "x"}
	err := validate(bad)
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", "\n  "))
	var fe FieldError
	fmt.Println(errors.As(err, &fe), fe.Path)
	bad2 := User{Name: "Bob", Email: "b@b", Address: &Address{Zip: "1"}}
	fmt.Println(validate(bad2))
	a := &Address{}
	setDefaults(a)
	fmt.Printf("%+v\n", *a)
	t := reflect.TypeOf(User{})
	f, _ := t.FieldByName("Email")
	fmt.Println(f.Index, f.Type, f.Tag, t.NumField(), t.Name(), t.Kind())
	m, ok := reflect.TypeOf(fe).MethodByName("Error")
	fmt.Println(m.Name, ok, m.Type.NumIn())
	out := reflect.ValueOf(fe).MethodByName("Error").Call(nil)
	fmt.Println(out[0].String())
}
