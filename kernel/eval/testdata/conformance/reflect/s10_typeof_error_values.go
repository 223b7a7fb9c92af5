package main

import (
	"errors"
	"fmt"
	"reflect"
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type PathErr struct{ path string }

func (e *PathErr) Error() string { return "bad path " + e.path }

func find(i int) error {
	switch i {
	case 0:
		return MyErr{404}
	case 1:
		return &PathErr{"/tmp"}
	}
	return errors.New("plain")
}

func main() {
	coded := reflect.TypeFor[interface{ Error() string }]()
	for i := 0; i < 3; i++ {
		err := find(i)
		t := reflect.TypeOf(err)
		fmt.Println(t, t.Kind(), t.Implements(coded), reflect.ValueOf(err).Type() == t)
	}
	var err error = MyErr{1}
	fmt.Println(reflect.TypeOf(err).Name(), reflect.TypeOf(err).NumMethod(), reflect.ValueOf(err).Field(0).Int())
	var s fmt.Stringer
	fmt.Println(reflect.TypeOf(s) == nil)
}
