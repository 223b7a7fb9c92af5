package main

import (
	"bytes"
	"fmt"
	"log"
	"reflect"
)

type Server struct {
	Name string
	Log  *log.Logger
}

type Embedded struct {
	*log.Logger
	ID int
}

func main() {
	var buf bytes.Buffer
	s := Server{Name: "api", Log: log.New(&buf, "api ", 0)}
	s.Log.Println("hello")
	fmt.Print(buf.String())
	fmt.Printf("%T %T\n", s, s.Log)
	t := reflect.TypeOf(s)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Type.Kind(), f.Anonymous)
	}
	fmt.Println(t.Field(1).Type.Elem().Name(), t.Field(1).Type.Elem().Kind())
	e := Embedded{Logger: log.New(&buf, "", 0), ID: 7}
	buf.Reset()
	e.Printf("id=%d", e.ID)
	fmt.Print(buf.String())
	et := reflect.TypeOf(e)
	fmt.Println(et.Field(0).Name, et.Field(0).Type, et.Field(0).Anonymous)
	fmt.Println(reflect.ValueOf(s).Field(1).Type(), reflect.ValueOf(s.Log).Type())
	var v any = s.Log
	_, ok := v.(*log.Logger)
	fmt.Println(ok, fmt.Sprintf("%T", v))
}
