package main

import (
	"encoding"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }

type Inner struct {
	Note string
	temp Celsius
}

type Record struct {
	Name string `json:"name" db:"nm"`
	Temp Celsius
	Lvl  Level
	Ptr  *Celsius
	Inner
	Tags   []string
	Any    any
	hidden int
}

var stringerT = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
var textT = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()

func enc(v reflect.Value, depth int) string {
	if v.Kind() != reflect.Invalid && v.Type().Implements(textT) && v.CanInterface() {
		b, _ := v.Interface().(encoding.TextMarshaler).MarshalText()
		return "text(" + string(b) + ")"
	}
	if v.Kind() != reflect.Invalid && v.Type().Implements(stringerT) && v.CanInterface() {
		return "str(" + v.Interface().(fmt.Stringer).String() + ")"
	}
	switch v.Kind() {
	case reflect.Struct:
		var parts []string
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("db")
			s := fmt.Sprintf("%s[%s,exp=%v,emb=%v]=", f.Name, tag, f.IsExported(), f.Anonymous)
			if !f.IsExported() {
				s += "?"
				if v.Field(i).Kind() == reflect.Float64 {
					s += fmt.Sprint(v.Field(i).Float())
				} else if v.Field(i).Kind() == reflect.Int {
					s += fmt.Sprint(v.Field(i).Int())
				}
			} else {
				s += enc(v.Field(i), depth+1)
			}
			parts = append(parts, s)
		}
		return "{" + strings.Join(parts, " ") + "}"
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			return "nil"
		}
		return "&" + enc(v.Elem(), depth+1)
	case reflect.Slice:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, enc(v.Index(i), depth+1))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		var parts []string
		for _, k := range keys {
			parts = append(parts, k.String()+":"+enc(v.MapIndex(k), depth+1))
		}
		return "map[" + strings.Join(parts, ",") + "]"
	default:
		return fmt.Sprint(v.Interface())
	}
}

func setField(obj any, name string, value any) error {
	v := reflect.ValueOf(obj)
	if v.Kind() != reflect.Ptr || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("need pointer to struct, got %T", obj)
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %s", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("cannot set %s", name)
	}
	val := reflect.ValueOf(value)
	if !val.Type().AssignableTo(f.Type()) {
		if val.Type().ConvertibleTo(f.Type()) {
			val = val.Convert(f.Type())
		} else {
			return fmt.Errorf("cannot assign %s to %s", val.Type(), f.Type())
		}
	}
	f.Set(val)
	return nil
}

func main() {
	c := Celsius(36.6)
	r := Record{Name: "probe", Temp: 21.5, Lvl: 3, Ptr: &c, Inner: Inner{"in", 4}, Tags: []string{"a"}, Any: map[string]any{"k": Level(2), "j": Celsius(1)}, hidden: 7}
	fmt.Println(enc(reflect.ValueOf(r), 0))
	fmt.Println(reflect.TypeOf(r).Implements(stringerT), reflect.TypeOf(c).Implements(stringerT), reflect.PointerTo(reflect.TypeOf(c)).Implements(stringerT))
	for _, kv := range []struct {
		n string
		v any
	}{{"Name", "renamed"}, {"Temp", 99.5}, {"Lvl", "x"}, {"hidden", 1}, {"Nope", 1}, {"Note", "promoted"}, {"Tags", []string{"x", "y"}}} {
		fmt.Println(kv.n, setField(&r, kv.n, kv.v))
	}
	fmt.Println(setField(r, "Name", "x"))
	fmt.Printf("%v\n%+v\n", r.Name, r.Inner)
	fmt.Println(r.Temp, r.Tags, r.Lvl)
	sf, ok := reflect.TypeOf(r).FieldByName("Note")
	fmt.Println(sf.Index, ok, sf.Type)
	fmt.Println(reflect.DeepEqual(r, r), reflect.DeepEqual(Record{}, Record{Tags: []string{}}))
	fmt.Println(reflect.ValueOf(r).FieldByIndex([]int{4, 0}))
	m := reflect.ValueOf(&r).MethodByName("Nothing")
	fmt.Println(m.IsValid())
	fmt.Println(reflect.ValueOf(r.Temp).MethodByName("String").Call(nil)[0])
	fmt.Printf("%v %s %d\n", r.Lvl, r.Temp, r.Lvl)
}
