package main

import (
	"fmt"
	"reflect"
	"sort"
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
		keys := val.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, key := range keys {
			walkValue(val.MapIndex(key))
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
		{"slices", []Profile{{33, "London"}, {34, "Reykjavik"}}},
		{"arrays", [2]Profile{{33, "London"}, {34, "Reykjavik"}}},
		{"maps", map[string]string{"Cow": "Moo", "Sheep": "Baa"}},
	}
	for _, c := range cases {
		var got []string
		walk(c.Input, func(s string) { got = append(got, s) })
		fmt.Printf("%-30s %q\n", c.Name, got)
	}
	ch := make(chan Profile)
	go func() {
		ch <- Profile{33, "Berlin"}
		ch <- Profile{34, "Katowice"}
		close(ch)
	}()
	var got []string
	walk(ch, func(s string) { got = append(got, s) })
	fmt.Println(got)
	fn := func() (Profile, Profile) { return Profile{33, "Berlin"}, Profile{34, "Katowice"} }
	got = nil
	walk(fn, func(s string) { got = append(got, s) })
	fmt.Println(got)
}
