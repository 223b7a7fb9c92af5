package main

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

type Config struct {
	Host    string   `env:"HOST" default:"localhost"`
	Port    int      `env:"PORT" default:"8080"`
	Debug   bool     `env:"DEBUG"`
	Ratio   float64  `env:"RATIO" default:"0.5"`
	Tags    []string `env:"TAGS" sep:","`
	private int
	Nested  struct {
		Level uint8 `env:"LEVEL" default:"3"`
	}
}

func load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Ptr || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("load: need pointer to struct, got %T", dst)
	}
	return fill(v.Elem(), env)
}

func fill(v reflect.Value, env map[string]string) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			if err := fill(fv, env); err != nil {
				return err
			}
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
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int, reflect.Int64:
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetInt(n)
		case reflect.Uint8:
			n, err := strconv.ParseUint(raw, 10, 8)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
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
			s := reflect.MakeSlice(f.Type, 0, len(parts))
			for _, p := range parts {
				s = reflect.Append(s, reflect.ValueOf(p))
			}
			fv.Set(s)
		}
	}
	return nil
}

type Calc struct{ base int }

func (c Calc) Add(x int) int                        { return c.base + x }
func (c Calc) Join(sep string, xs ...string) string { return strings.Join(xs, sep) }
func (c *Calc) Set(x int)                           { c.base = x }

func main() {
	var c Config
	err := load(&c, map[string]string{"PORT": "9000", "DEBUG": "true", "TAGS": "a,b,c", "LEVEL": "7"})
	fmt.Printf("%v %+v\n", err, c)
	fmt.Println(load(c, nil))
	var c2 Config
	fmt.Println(load(&c2, map[string]string{"PORT": "x"}))
	fmt.Println(load(&c2, map[string]string{"LEVEL": "300"}))

	calc := &Calc{base: 10}
	v := reflect.ValueOf(calc)
	t := v.Type()
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		names = append(names, t.Method(i).Name)
	}
	fmt.Println(names, reflect.TypeOf(*calc).NumMethod())
	v.MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(5)})
	out := v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), calc.base)
	out = v.MethodByName("Join").Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("x"), reflect.ValueOf("y")})
	fmt.Println(out[0])
	out = v.MethodByName("Join").CallSlice([]reflect.Value{reflect.ValueOf("+"), reflect.ValueOf([]string{"p", "q"})})
	fmt.Println(out[0])

	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(intSwap), swap)
	reflect.ValueOf(&intSwap).Elem().Set(fn)
	fmt.Println(intSwap(1, 2))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Print(k, "=", mv.MapIndex(k), " ")
	}
	fmt.Println()
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(len(m), m["d"], m["a"])
	s := []int{1, 2, 3}
	sw := reflect.Swapper(s)
	sw(0, 2)
	fmt.Println(s)
	x := 3.7
	fmt.Println(reflect.ValueOf(x).Convert(reflect.TypeOf(int(0))).Int(), reflect.ValueOf(65).Convert(reflect.TypeOf("")).String())
	pv := reflect.New(reflect.TypeOf(Config{}))
	pv.Elem().FieldByName("Host").SetString("made")
	fmt.Println(pv.Elem().Interface().(Config).Host, pv.Type())
	fmt.Println(reflect.ValueOf(c).FieldByName("private").CanSet(), reflect.ValueOf(&c).Elem().FieldByName("Port").CanSet())
	fmt.Println(reflect.Zero(reflect.TypeOf(c)).IsZero(), reflect.ValueOf(c).IsZero())
	arr := reflect.ArrayOf(3, reflect.TypeOf(byte(0)))
	fmt.Println(arr, reflect.SliceOf(reflect.TypeOf(c)), reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(c)), reflect.PointerTo(reflect.TypeOf(c)))
	type pair struct {
		A int
		B []string
	}
	p1 := pair{1, []string{"x"}}
	p2 := pair{1, []string{"x"}}
	fmt.Println(reflect.DeepEqual(p1, p2), reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(map[int]int{1: 1}, map[int]int{1: 1}))
	type node struct{ next *node }
	a := &node{}
	a.next = a
	b := &node{}
	b.next = b
	fmt.Println(reflect.DeepEqual(a, b))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(c).Field(0).SetString("x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(42).Call(nil)
	}()
}
