package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type FieldError struct {
	Field, Rule string
}

func (e FieldError) Error() string { return e.Field + " failed " + e.Rule }

func Validate(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Ptr {
		rv = rv.Elem()
	}
	rt := rv.Type()
	var errs []error
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("validate")
		if !ok || tag == "-" {
			continue
		}
		name := f.Name
		if j := f.Tag.Get("json"); j != "" {
			name, _, _ = strings.Cut(j, ",")
		}
		fv := rv.Field(i)
		for _, rule := range strings.Split(tag, ",") {
			key, arg, _ := strings.Cut(rule, "=")
			n, _ := strconv.Atoi(arg)
			bad := false
			switch key {
			case "required":
				bad = fv.IsZero()
			case "min":
				switch fv.Kind() {
				case reflect.String, reflect.Slice:
					bad = fv.Len() < n
				case reflect.Int, reflect.Int64:
					bad = fv.Int() < int64(n)
				}
			case "max":
				switch fv.Kind() {
				case reflect.String, reflect.Slice:
					bad = fv.Len() > n
				case reflect.Int, reflect.Int64:
					bad = fv.Int() > int64(n)
				}
			case "oneof":
				bad = !strings.Contains(" "+strings.ReplaceAll(arg, "|", " ")+" ", " "+fmt.Sprint(fv.Interface())+" ")
			}
			if bad {
				errs = append(errs, FieldError{name, rule})
			}
		}
	}
	return errors.Join(errs...)
}

type Signup struct {
	Email    string   `json:"email" validate:"required,min=5"`
	Age      int      `json:"age" validate:"min=13,max=130"`
	Plan     string   `json:"plan,omitempty" validate:"oneof=free|pro|team"`
	Tags     []string `validate:"max=2"`
	Internal string   `validate:"-"`
	Note     string
}

func main() {
	cases := []Signup{
		{"ann@example.com", 30, "pro", nil, "", ""},
		{"", 9, "gold", []string{"a", "b", "c"}, "x", "y"},
		{"a@b", 200, "free", []string{"a"}, "", ""},
	}
	for i, c := range cases {
		err := Validate(&c)
		if err == nil {
			fmt.Println(i, "ok")
			continue
		}
		fmt.Printf("%d invalid:\n%v\n", i, err)
		var fe FieldError
		fmt.Println("  first:", errors.As(err, &fe), fe.Field)
	}
	t := reflect.TypeOf(Signup{})
	f, _ := t.FieldByName("Plan")
	fmt.Printf("%q %q %v\n", f.Tag.Get("json"), f.Tag.Get("missing"), f.Index)
	for i := 0; i < t.NumField(); i++ {
		fmt.Print(t.Field(i).Name, ":", t.Field(i).Type, " ")
	}
	fmt.Println()
}
