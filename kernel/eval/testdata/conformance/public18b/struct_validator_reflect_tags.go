package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type FieldError struct {
	Field string
	Rule  string
	Value any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %q (value %v)", e.Field, e.Rule, e.Value)
}

type Address struct {
	City string `validate:"required"`
	Zip  string `validate:"len=5"`
}

type User struct {
	Name     string            `validate:"required,min=2" json:"name"`
	Age      int               `validate:"min=18,max=130"`
	Email    string            `validate:"required,contains=@"`
	Tags     []string          `validate:"max=3"`
	Addr     Address           `validate:"dive"`
	Backup   *Address          `validate:"dive"`
	Meta     map[string]string `validate:"max=2"`
	internal int
	Score    float64 `validate:"min=0"`
}

func validate(v any, prefix string) []error {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return nil
		}
		rv = rv.Elem()
	}
	rt := rv.Type()
	var errs []error
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		name := prefix + f.Name
		for _, rule := range strings.Split(f.Tag.Get("validate"), ",") {
			if rule == "" {
				continue
			}
			key, arg, _ := strings.Cut(rule, "=")
			n, _ := strconv.ParseFloat(arg, 64)
			bad := false
			switch key {
			case "required":
				bad = fv.IsZero()
			case "dive":
				if fv.Kind() == reflect.Pointer && fv.IsNil() {
					continue
				}
				errs = append(errs, validate(fv.Interface(), name+".")...)
			case "contains":
				bad = !strings.Contains(fv.String(), arg)
			case "len":
				bad = fv.Len() != int(n)
			case "min", "max":
				var x float64
				switch fv.Kind() {
				case reflect.String, reflect.Slice, reflect.Map:
					x = float64(fv.Len())
				case reflect.Int, reflect.Int64:
					x = float64(fv.Int())
				case reflect.Float64:
					x = fv.Float()
				}
				bad = key == "min" && x < n || key == "max" && x > n
			}
			if bad {
				errs = append(errs, FieldError{name, rule, fv.Interface()})
			}
		}
	}
	return errs
}

func main() {
	good := User{Name: "ann", Age: 30, Email: "a@x", Addr: Address{"Oslo", "01234"}}
	fmt.Println(validate(good, ""), validate(&good, ""))
	bad := User{Name: "b", Age: 12, Email: "nope", Tags: []string{"a", "b", "c", "d"},
		Addr: Address{"", "1"}, Backup: &Address{"X", "123456"}, Meta: map[string]string{"a": "", "b": "", "c": ""}, Score: -1}
	errs := validate(bad, "")
	for _, e := range errs {
		fmt.Println(e)
	}
	joined := errors.Join(errs...)
	var fe FieldError
	fmt.Println(errors.As(joined, &fe), fe.Field, len(strings.Split(joined.Error(), "\n")))
	t := reflect.TypeOf(User{})
	f, _ := t.FieldByName("Name")
	fmt.Println(f.Tag, f.Tag.Get("json"), f.Index, f.Type, t.NumField(), t.Field(7).Name, t.Field(7).IsExported())
	v, ok := f.Tag.Lookup("xml")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(reflect.ValueOf(bad).FieldByName("Addr").FieldByName("Zip"), reflect.ValueOf(&bad).Elem().Field(1).CanSet())
	reflect.ValueOf(&bad).Elem().FieldByName("Age").SetInt(99)
	fmt.Println(bad.Age)
}
