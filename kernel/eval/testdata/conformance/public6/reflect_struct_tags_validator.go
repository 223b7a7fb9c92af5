package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Address struct {
	City string `validate:"required"`
	Zip  string `validate:"len=5"`
}

type SignUp struct {
	Name     string   `validate:"required,max=10" json:"name"`
	Age      int      `validate:"min=18,max=130"`
	Email    string   `validate:"required,contains=@"`
	Tags     []string `validate:"max=3"`
	Address  Address
	Nickname *string `validate:"required"`
	internal int
}

type FieldError struct {
	Path, Rule string
	Value      any
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: failed %q (value %v)", e.Path, e.Rule, e.Value)
}

func validate(v any) error {
	return walk(reflect.ValueOf(v), "")
}

func walk(v reflect.Value, prefix string) error {
	if v.Kind() == reflect.Ptr {
		v = v.Elem()
	}
	t := v.Type()
	var errs []error
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		fv := v.Field(i)
		path := prefix + sf.Name
		if sf.Type.Kind() == reflect.Struct {
			if err := walk(fv, path+"."); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		tag, ok := sf.Tag.Lookup("validate")
		if !ok {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			name, arg, _ := strings.Cut(rule, "=")
			n, _ := strconv.Atoi(arg)
			bad := false
			switch name {
			case "required":
				bad = fv.IsZero()
			case "min":
				bad = fv.Kind() == reflect.Int && fv.Int() < int64(n)
			case "max":
				switch fv.Kind() {
				case reflect.Int:
					bad = fv.Int() > int64(n)
				case reflect.String, reflect.Slice:
					bad = fv.Len() > n
				}
			case "len":
				bad = fv.Len() != n
			case "contains":
				bad = !strings.Contains(fv.String(), arg)
			}
			if bad {
				var val any = "<nil>"
				if fv.Kind() != reflect.Ptr || !fv.IsNil() {
					val = fv.Interface()
				}
				errs = append(errs, FieldError{path, rule, val})
			}
		}
	}
	return errors.Join(errs...)
}

func main() {
	nick := "zed"
	ok := SignUp{Name: "Ann", Age: 30, Email: "a@b.c", Address: Address{"Seoul", "12345"}, Nickname: &nick}
	fmt.Println("ok:", validate(ok))
	bad := SignUp{Name: "Bartholomew Jr", Age: 12, Email: "nope", Tags: []string{"a", "b", "c", "d"}, Address: Address{Zip: "1"}}
	err := validate(&bad)
	fmt.Println(err)
	var fe FieldError
	fmt.Println(errors.As(err, &fe), fe.Path)

	t := reflect.TypeOf(SignUp{})
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%-8s %-10v %-9v exported=%-5t json=%q\n", f.Name, f.Type, f.Type.Kind(), f.IsExported(), f.Tag.Get("json"))
	}
	f, found := t.FieldByName("Zip")
	fmt.Println(f.Name, found)
	fmt.Println(reflect.DeepEqual(ok, ok), reflect.DeepEqual(ok, bad), reflect.DeepEqual([]int{}, []int(nil)))
	v := reflect.ValueOf(&ok).Elem()
	v.FieldByName("Age").SetInt(41)
	v.Field(0).SetString("Changed")
	fmt.Println(ok.Name, ok.Age, v.NumField(), v.Kind(), v.Type().Name())
}
