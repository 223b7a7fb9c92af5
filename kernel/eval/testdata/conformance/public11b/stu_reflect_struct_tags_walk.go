package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Config struct {
	Host    string   `env:"HOST" default:"localhost"`
	Port    int      `env:"PORT" default:"8080"`
	Debug   bool     `env:"DEBUG"`
	Ratio   float64  `env:"RATIO" default:"0.5"`
	Tags    []string `env:"TAGS" sep:","`
	Nested  Limits   `env:"LIM"`
	private int
}

type Limits struct {
	Max uint16 `env:"MAX" default:"10"`
}

func load(dst any, env map[string]string, prefix string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return errors.New("need a pointer to a struct")
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key := prefix + f.Tag.Get("env")
		fv := v.Field(i)
		if f.Type.Kind() == reflect.Struct {
			if err := load(fv.Addr().Interface(), env, key+"_"); err != nil {
				return err
			}
			continue
		}
		raw, ok := env[key]
		if !ok {
			raw, ok = f.Tag.Lookup("default")
		}
		if !ok {
			continue
		}
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int, reflect.Int64:
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
			fv.SetInt(n)
		case reflect.Uint16:
			n, err := strconv.ParseUint(raw, 10, 16)
			if err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
			fv.SetUint(n)
		case reflect.Bool:
			b, _ := strconv.ParseBool(raw)
			fv.SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		case reflect.Slice:
			parts := strings.Split(raw, f.Tag.Get("sep"))
			fv.Set(reflect.ValueOf(parts))
		}
	}
	return nil
}

func main() {
	var c Config
	err := load(&c, map[string]string{"PORT": "9090", "DEBUG": "true", "TAGS": "a,b", "LIM_MAX": "99"}, "")
	fmt.Printf("%+v %v\n", c, err)
	err = load(&c, map[string]string{"LIM_MAX": "70000"}, "")
	fmt.Println(err)
	fmt.Println(load(c, nil, ""))

	t := reflect.TypeOf(c)
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s %s %v %q exported=%v\n", f.Name, f.Type, f.Type.Kind(), f.Tag, f.IsExported())
	}
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.Size() > 0)
	f, ok := t.FieldByName("Nested")
	fmt.Println(f.Index, ok, f.Type.Field(0).Tag.Get("default"))
	v := reflect.ValueOf(&c).Elem()
	v.FieldByName("Host").SetString("example.org")
	fmt.Println(c.Host, v.FieldByName("private").CanSet(), v.NumField())
	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := m.MapKeys()
	fmt.Println(len(keys), m.MapIndex(reflect.ValueOf("b")), m.Type())
	fn := reflect.ValueOf(strings.Repeat)
	out := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0], fn.Type())
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 2)
	s = reflect.Append(s, reflect.ValueOf(1), reflect.ValueOf(2))
	fmt.Println(s.Interface(), s.Len(), reflect.DeepEqual(s.Interface(), []int{1, 2}))
	fmt.Println(reflect.TypeFor[Limits]().Field(0).Name, reflect.Zero(reflect.TypeOf(c)).Field(1).Int())
}
