package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Inner struct {
	A int
	B []string
}

type Config struct {
	Name    string `cfg:"name" json:"n"`
	Port    int    `cfg:"port"`
	Debug   bool
	Inner   Inner
	Ptr     *Inner
	Opts    map[string]int
	hidden  string
	Handler func(int) int
}

func (c Config) Describe() string  { return c.Name }
func (c *Config) SetName(n string) { c.Name = n }

func walk(v reflect.Value, depth int) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		fmt.Printf("%s%s %s kind=%s tag=%q exported=%v", strings.Repeat("  ", depth), f.Name, f.Type, fv.Kind(), f.Tag.Get("cfg"), f.IsExported())
		if f.IsExported() && fv.Kind() != reflect.Func {
			fmt.Printf(" value=%v", fv.Interface())
		}
		fmt.Println()
		if fv.Kind() == reflect.Struct {
			walk(fv, depth+1)
		}
	}
}

func main() {
	c := Config{Name: "svc", Port: 80, Inner: Inner{1, []string{"x"}}, Opts: map[string]int{"a": 1}}
	walk(reflect.ValueOf(c), 0)
	t := reflect.TypeOf(c)
	fmt.Println(t.Name(), t.Kind(), t.NumMethod(), reflect.PointerTo(t).NumMethod())
	for i := 0; i < reflect.PointerTo(t).NumMethod(); i++ {
		m := reflect.PointerTo(t).Method(i)
		fmt.Println(m.Name, m.Type)
	}
	v := reflect.ValueOf(&c).Elem()
	v.FieldByName("Port").SetInt(8080)
	v.Field(0).SetString("renamed")
	fmt.Println(c.Port, c.Name, v.FieldByName("hidden").CanSet(), v.FieldByName("Port").CanSet())
	res := reflect.ValueOf(&c).MethodByName("SetName").Call([]reflect.Value{reflect.ValueOf("viaReflect")})
	fmt.Println(len(res), c.Name, reflect.ValueOf(c).MethodByName("Describe").Call(nil)[0])
	a := Config{Inner: Inner{1, []string{"x"}}, Opts: map[string]int{}}
	b := Config{Inner: Inner{1, []string{"x"}}, Opts: map[string]int{}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(map[int][]int{1: {2}}, map[int][]int{1: {2}}))
	a.Handler = func(i int) int { return i }
	fmt.Println(reflect.DeepEqual(a, b))
	sf, ok := t.FieldByName("Name")
	fmt.Println(sf.Tag, sf.Tag.Get("json"), ok, sf.Index, sf.Offset == 0)
	val, found := sf.Tag.Lookup("missing")
	fmt.Printf("%q %v\n", val, found)
	for _, x := range []any{1, "s", 2.5, []int{1}, map[string]bool{}, &c, c, nil, make(chan int), func() {}, [2]int{}, uint8(1)} {
		if x == nil {
			fmt.Println("nil")
			continue
		}
		rt := reflect.TypeOf(x)
		fmt.Print(rt.Kind(), " ", rt, "; ")
	}
	fmt.Println()
	sl := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 2)
	sl = reflect.Append(sl, reflect.ValueOf("a"), reflect.ValueOf("b"))
	fmt.Println(sl.Interface(), sl.Len(), sl.Index(1))
	mp := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	mp.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(3))
	fmt.Println(mp.Interface(), mp.MapIndex(reflect.ValueOf("k")), mp.Len())
	fn := reflect.ValueOf(strings.Repeat)
	out := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0].String(), fn.Type())
	var e error
	fmt.Println(reflect.TypeOf(&e).Elem().Kind(), reflect.TypeOf(&e).Elem().Name(), reflect.ValueOf(nil).IsValid())
	z := reflect.Zero(reflect.TypeOf(c))
	fmt.Println(z.FieldByName("Port"), z.IsZero(), reflect.ValueOf(c).IsZero())
	nv := reflect.New(reflect.TypeOf(Inner{}))
	nv.Elem().Field(0).SetInt(5)
	fmt.Printf("%+v %T\n", nv.Interface(), nv.Interface())
}
