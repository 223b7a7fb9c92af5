// A diff of two values of user types as test helpers write it: walks
// both with reflect, reports the paths that differ, and compares with
// reflect.DeepEqual, through maps, slices, pointers and embedded structs.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Version struct{ Major, Minor int }

type Dep struct {
	Name string
	Version
	Optional *bool
}

type Manifest struct {
	Name    string
	Deps    []Dep
	Scripts map[string]string
	Meta    map[string]Version
}

func diff(path string, a, b reflect.Value, out *[]string) {
	if a.Type() != b.Type() {
		*out = append(*out, fmt.Sprintf("%s: type %v vs %v", path, a.Type(), b.Type()))
		return
	}
	switch a.Kind() {
	case reflect.Ptr:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: nil %v vs %v", path, a.IsNil(), b.IsNil()))
			}
			return
		}
		diff(path, a.Elem(), b.Elem(), out)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			diff(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i), out)
		}
	case reflect.Slice:
		if a.Len() != b.Len() {
			*out = append(*out, fmt.Sprintf("%s: len %d vs %d", path, a.Len(), b.Len()))
		}
		for i := 0; i < a.Len() && i < b.Len(); i++ {
			diff(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i), out)
		}
	case reflect.Map:
		keys := map[string]reflect.Value{}
		for _, k := range append(a.MapKeys(), b.MapKeys()...) {
			keys[fmt.Sprint(k.Interface())] = k
		}
		names := make([]string, 0, len(keys))
		for n := range keys {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			va, vb := a.MapIndex(keys[n]), b.MapIndex(keys[n])
			switch {
			case !va.IsValid():
				*out = append(*out, fmt.Sprintf("%s[%s]: added %v", path, n, vb.Interface()))
			case !vb.IsValid():
				*out = append(*out, fmt.Sprintf("%s[%s]: removed %v", path, n, va.Interface()))
			default:
				diff(fmt.Sprintf("%s[%s]", path, n), va, vb, out)
			}
		}
	default:
		if a.Interface() != b.Interface() {
			*out = append(*out, fmt.Sprintf("%s: %v vs %v", path, a.Interface(), b.Interface()))
		}
	}
}

func main() {
	yes := true
	a := Manifest{"app", []Dep{{"lib", Version{1, 2}, nil}, {"util", Version{0, 9}, &yes}},
		map[string]string{"build": "go build", "test": "go test"}, map[string]Version{"go": {1, 22}}}
	b := Manifest{"app", []Dep{{"lib", Version{1, 3}, nil}, {"util", Version{0, 9}, &yes}, {"extra", Version{}, nil}},
		map[string]string{"build": "go build ./...", "lint": "vet"}, map[string]Version{"go": {1, 22}}}
	var out []string
	diff("m", reflect.ValueOf(a), reflect.ValueOf(b), &out)
	for _, l := range out {
		fmt.Println(l)
	}
	fmt.Println(reflect.DeepEqual(a, a), reflect.DeepEqual(a, b), reflect.DeepEqual(a.Meta, b.Meta), reflect.DeepEqual(a.Deps[1], b.Deps[1]))
	c := a
	c.Deps = append([]Dep(nil), a.Deps...)
	no := false
	c.Deps[1].Optional = &no
	out = nil
	diff("c", reflect.ValueOf(&a), reflect.ValueOf(&c), &out)
	fmt.Println(out, reflect.DeepEqual(&a, &c))
}
