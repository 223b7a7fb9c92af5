package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i Item) Label() string       { return strings.ToUpper(i.Name) }
func (i *Item) Discount(p float64) { i.Price *= 1 - p }

type Inventory map[string]*Item

func decode(kv map[string]string, dst any) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer {
		return fmt.Errorf("decode: need pointer, got %v", v.Kind())
	}
	v = v.Elem()
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f := v.FieldByName(k)
		if !f.IsValid() {
			return fmt.Errorf("decode: unknown field %q", k)
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(kv[k])
		case reflect.Float64:
			var x float64
			fmt.Sscan(kv[k], &x)
			f.SetFloat(x)
		case reflect.Slice:
			parts := strings.Split(kv[k], ",")
			s := reflect.MakeSlice(f.Type(), 0, len(parts))
			for _, p := range parts {
				s = reflect.Append(s, reflect.ValueOf(p))
			}
			f.Set(s)
		}
	}
	return nil
}

func main() {
	t := reflect.TypeOf(Item{})
	pv := reflect.New(t)
	it := pv.Interface().(*Item)
	it.Name = "pen"
	fmt.Println(*it, pv.Elem().Field(0))
	z := reflect.Zero(t).Interface().(Item)
	fmt.Printf("%+v\n", z)
	sl := reflect.MakeSlice(reflect.TypeOf([]Item{}), 0, 2)
	sl = reflect.Append(sl, reflect.ValueOf(Item{Name: "a"}), reflect.ValueOf(Item{Name: "b"}))
	items := sl.Interface().([]Item)
	fmt.Println(len(items), items[1].Name)
	m := reflect.MakeMap(reflect.TypeOf(Inventory{}))
	m.SetMapIndex(reflect.ValueOf("pen"), pv)
	inv := m.Interface().(Inventory)
	fmt.Println(inv["pen"].Label())
	pv.MethodByName("Discount").Call([]reflect.Value{reflect.ValueOf(0.5)})
	it.Price = 10
	pv.MethodByName("Discount").Call([]reflect.Value{reflect.ValueOf(0.25)})
	fmt.Println(inv["pen"].Price, pv.Elem().MethodByName("Label").Call(nil)[0])
	var dst Item
	err := decode(map[string]string{"Name": "book", "Price": "12.5", "Tags": "paper,used"}, &dst)
	fmt.Printf("%+v %v\n", dst, err)
	fmt.Println(decode(map[string]string{"Color": "red"}, &dst))
	fmt.Println(decode(nil, dst))
	x := reflect.ValueOf(&items).Elem()
	x.Index(0).Field(1).SetFloat(3.5)
	fmt.Println(items[0].Price, x.Index(0).CanAddr(), reflect.ValueOf(items[0]).CanAddr())
	pi := x.Index(1).Addr().Interface().(*Item)
	pi.Discount(0)
	pi.Name = "bb"
	fmt.Println(items[1].Name)
	e := reflect.Indirect(reflect.ValueOf(&dst))
	fmt.Println(e.Type(), e.NumField(), e.Type().NumMethod(), reflect.TypeOf(&dst).NumMethod())
	fn := reflect.ValueOf(strings.Repeat)
	fmt.Println(fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})[0])
	mk := reflect.MakeFunc(reflect.TypeOf(func(Item) string { return "" }), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf("made:" + args[0].Interface().(Item).Name)}
	})
	f := mk.Interface().(func(Item) string)
	fmt.Println(f(Item{Name: "q"}))
	var swap func(a, b int) (int, int)
	reflect.ValueOf(&swap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(swap), func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }))
	fmt.Println(swap(1, 2))
}
