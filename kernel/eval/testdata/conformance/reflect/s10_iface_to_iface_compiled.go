package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"
)

type Stringer interface{ String() string }

type ByteWriter interface {
	Write(p []byte) (n int, err error)
}

type ReadCloser interface {
	io.Reader
	io.Closer
}

func main() {
	st := reflect.TypeFor[Stringer]()
	bw := reflect.TypeFor[ByteWriter]()
	rc := reflect.TypeFor[ReadCloser]()
	fmtS := reflect.TypeFor[fmt.Stringer]()
	fmt.Println(st.Implements(fmtS), fmtS.Implements(st), st == fmtS)
	fmt.Println(reflect.TypeOf(time.Second).Implements(st))
	fmt.Println(reflect.TypeOf(&bytes.Buffer{}).Implements(bw), reflect.TypeOf(bytes.Buffer{}).Implements(bw))
	fmt.Println(reflect.TypeOf(strings.NewReader("")).Implements(rc), reflect.TypeOf(io.NopCloser(nil)).Implements(rc))
	fmt.Println(rc.NumMethod(), rc.Method(0).Name, rc.Method(1).Name, rc.Method(1).Type)
	fmt.Println(rc.Implements(reflect.TypeFor[io.ReadCloser]()), reflect.TypeFor[io.ReadCloser]().Implements(rc))
}
