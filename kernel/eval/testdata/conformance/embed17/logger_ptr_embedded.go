// *log.Logger embedded beside fields: promoted Printf and Prefix.
package main

import (
	"bytes"
	"fmt"
	"log"
	"reflect"
)

type Service struct {
	*log.Logger
	Name string
	buf  *bytes.Buffer
}

func main() {
	var buf bytes.Buffer
	s := Service{Logger: log.New(&buf, "svc: ", 0), Name: "api", buf: &buf}
	s.Printf("started %s", s.Name)
	s.Println("ok")
	s.SetPrefix("[x] ")
	s.Print("again")
	fmt.Print(s.buf.String())
	fmt.Println(s.Prefix(), s.Flags())
	f := reflect.TypeOf(s).Field(0)
	fmt.Println(f.Name, f.Anonymous, f.Type)
}
