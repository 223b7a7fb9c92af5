package main

import (
	"fmt"
	"reflect"
)

type Person struct {
	Name    string
	Profile Profile
}

type Profile struct {
	Age  int
	City string
}

func walk(x any, fn func(input string)) {
	val := getValue(x)
	walkValue := func(value reflect.Value) { walk(value.Interface(), fn) }
	switch val.Kind() {
	case reflect.String:
		fn(val.String())
	case reflect.Struct:
		for i := 0; i < val.NumField(); i++ {
			walkValue(val.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < val.Len(); i++ {
			walkValue(val.Index(i))
		}
	case reflect.Map:
		iter := val.MapRange()
		var keys []string
		vals := map[string]reflect.Value{}
		for iter.Next() {
			k := iter.Key().String()
			keys = append(keys, k)
			vals[k] = iter.Value()
		}
		for i := 0; i < len(keys); i++ {
			for j := i + 1; j < len(keys); j++ {
				if keys[j] < keys[i] {
					keys[i], keys[j] = keys[j], keys[i]
				}
			}
		}
		for _, k := range keys {
			walkValue(vals[k])
		}
	case reflect.Chan:
		for {
			if v, ok := val.Recv(); ok {
				walkValue(v)
			} else {
				break
			}
		}
	case reflect.Func:
		for _, v := range val.Call(nil) {
			walkValue(v)
		}
	}
}

func getValue(x any) reflect.Value {
	val := reflect.ValueOf(x)
	if val.Kind() == reflect.Pointer {
		val = val.Elem()
	}
	return val
}

func main() {
	cases := []struct {
		Name  string
		Input any
	}{
		{"struct with one string field", struct{ Name string }{"Chris"}},
		{"two fields", struct {
			Name string
			City string
		}{"Chris", "London"}},
		{"non string field", struct {
			Name string
			Age  int
		}{"Chris", 33}},
		{"nested", Person{"Chris", Profile{33, "London"}}},
		{"pointer", &Person{"Chris", Profile{33, "London"}}},
		{"slices", []Profile{{33, "London"}, {34, "Reykjavík"}}},
		{"arrays", [2]Profile{{33, "London"}, {34, "Reykjavík"}}},
		{"maps", map[string]string{"Cow": "Moo", "Sheep": "Baa"}},
	}
	for _, c := range cases {
		var got []string
		walk(c.Input, func(in string) { got = append(got, in) })
		fmt.Printf("%-30s %v\n", c.Name, got)
	}
	ch := make(chan Profile)
	go func() {
		ch <- Profile{33, "Berlin"}
		ch <- Profile{34, "Katowice"}
		close(ch)
	}()
	var got []string
	walk(ch, func(in string) { got = append(got, in) })
	fmt.Println(got)
	got = nil
	walk(func() (Profile, Profile) { return Profile{1, "A"}, Profile{2, "B"} }, func(in string) { got = append(got, in) })
	fmt.Println(got)
}
