package main

import (
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
	private string
	Nested  struct {
		Level int `env:"LEVEL" default:"3"`
	}
}

func load(dst any, env map[string]string) []string {
	var problems []string
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			problems = append(problems, load(fv.Addr().Interface(), env)...)
			continue
		}
		key := f.Tag.Get("env")
		raw, ok := env[key]
		if !ok {
			raw, ok = f.Tag.Lookup("default")
		}
		if !ok {
			continue
		}
		switch f.Type.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", key, err))
				continue
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", key, err))
				continue
			}
			fv.SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		case reflect.Slice:
			parts := strings.Split(raw, f.Tag.Get("sep"))
			fv.Set(reflect.ValueOf(parts))
		}
	}
	return problems
}

func main() {
	var c Config
	probs := load(&c, map[string]string{"PORT": "9090", "DEBUG": "yes", "TAGS": "a,b,c", "LEVEL": "x"})
	fmt.Printf("%+v\n", c)
	fmt.Println(probs)
	var c2 Config
	load(&c2, map[string]string{"DEBUG": "true", "HOST": "example.org"})
	fmt.Printf("%s:%d debug=%v ratio=%v level=%d tags=%v\n", c2.Host, c2.Port, c2.Debug, c2.Ratio, c2.Nested.Level, c2.Tags == nil)
	t := reflect.TypeOf(c)
	f, _ := t.FieldByName("Tags")
	fmt.Println(f.Name, f.Type, f.Tag, f.Index, t.NumField(), t.Kind())
	fmt.Println(reflect.ValueOf(c).FieldByName("Port").Interface(), reflect.DeepEqual(c, c), reflect.DeepEqual(c, c2))
}
