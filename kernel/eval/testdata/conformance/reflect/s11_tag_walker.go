// A struct tag walker as config loaders write them: env-style keys from
// `env` tags, defaults from `default`, nested and embedded structs,
// pointers allocated on the way.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Duration time.Duration

type DB struct {
	Host    string `env:"HOST" default:"localhost"`
	Port    int    `env:"PORT" default:"5432"`
	Verbose bool   `env:"VERBOSE"`
}

type Common struct {
	Name  string  `env:"NAME" default:"app"`
	Ratio float64 `env:"RATIO" default:"0.5"`
}

type Config struct {
	Common
	DB       DB            `env:"DB"`
	Cache    *DB           `env:"CACHE"`
	Tags     []string      `env:"TAGS"`
	Timeout  time.Duration `env:"TIMEOUT" default:"2s"`
	internal int
	Skip     string `env:"-"`
}

func load(v reflect.Value, prefix string, env map[string]string) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		key, ok := f.Tag.Lookup("env")
		if key == "-" {
			continue
		}
		if f.Anonymous && !ok {
			if err := load(fv, prefix, env); err != nil {
				return err
			}
			continue
		}
		full := prefix + key
		if fv.Kind() == reflect.Ptr && fv.Type().Elem().Kind() == reflect.Struct {
			if fv.IsNil() {
				fv.Set(reflect.New(fv.Type().Elem()))
			}
			fv = fv.Elem()
		}
		if fv.Kind() == reflect.Struct && fv.Type() != reflect.TypeOf(time.Duration(0)) {
			if err := load(fv, full+"_", env); err != nil {
				return err
			}
			continue
		}
		raw, found := env[full]
		if !found {
			raw, found = f.Tag.Lookup("default")
		}
		if !found {
			continue
		}
		if err := set(fv, raw); err != nil {
			return fmt.Errorf("%s (%s): %w", f.Name, full, err)
		}
	}
	return nil
}

func set(fv reflect.Value, raw string) error {
	if fv.Type() == reflect.TypeOf(time.Duration(0)) {
		d, err := time.ParseDuration(raw)
		if err != nil {
			return err
		}
		fv.SetInt(int64(d))
		return nil
	}
	switch fv.Kind() {
	case reflect.String:
		fv.SetString(raw)
	case reflect.Int:
		n, err := strconv.Atoi(raw)
		if err != nil {
			return err
		}
		fv.SetInt(int64(n))
	case reflect.Bool:
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return err
		}
		fv.SetBool(b)
	case reflect.Float64:
		x, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return err
		}
		fv.SetFloat(x)
	case reflect.Slice:
		parts := strings.Split(raw, ",")
		s := reflect.MakeSlice(fv.Type(), len(parts), len(parts))
		for i, p := range parts {
			s.Index(i).SetString(strings.TrimSpace(p))
		}
		fv.Set(s)
	default:
		return fmt.Errorf("unsupported kind %s", fv.Kind())
	}
	return nil
}

func main() {
	env := map[string]string{
		"NAME": "svc", "DB_HOST": "db.local", "DB_VERBOSE": "true",
		"CACHE_PORT": "6379", "TAGS": "a, b,c", "TIMEOUT": "150ms",
	}
	var c Config
	if err := load(reflect.ValueOf(&c).Elem(), "", env); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", c.Common)
	fmt.Printf("%+v %+v\n", c.DB, *c.Cache)
	fmt.Println(c.Tags, len(c.Tags), c.Timeout, c.internal, c.Skip == "")
	env["DB_PORT"] = "x"
	var bad Config
	fmt.Println(load(reflect.ValueOf(&bad).Elem(), "", env))
	var keys []string
	t := reflect.TypeOf(Config{})
	for i := 0; i < t.NumField(); i++ {
		keys = append(keys, fmt.Sprintf("%s:%q", t.Field(i).Name, t.Field(i).Tag.Get("env")))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(t.Field(0).Anonymous, t.Field(0).Type, t.Field(2).Type, t.Field(4).Type)
}
