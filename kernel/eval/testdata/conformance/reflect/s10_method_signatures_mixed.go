package main

import (
	"fmt"
	"io"
	"reflect"
)

type Codec interface {
	Encode(w io.Writer, v any) error
	Decode(data []byte, into any) (int, error)
	Names(prefix string, more ...string) map[string][]int
	Stream(in <-chan int) chan<- string
	Apply(f func(int) bool) *int
}

type jsonCodec struct{}

func (jsonCodec) Encode(w io.Writer, v any) error                      { return nil }
func (jsonCodec) Decode(data []byte, into any) (int, error)            { return 0, nil }
func (jsonCodec) Names(prefix string, more ...string) map[string][]int { return nil }
func (jsonCodec) Stream(in <-chan int) chan<- string                   { return nil }
func (jsonCodec) Apply(f func(int) bool) *int                          { return nil }

type halfCodec struct{}

func (halfCodec) Encode(w io.Writer, v any) error { return nil }

func main() {
	t := reflect.TypeFor[Codec]()
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(m.Name, m.Type, m.Type.IsVariadic())
	}
	fmt.Println(reflect.TypeOf(jsonCodec{}).Implements(t), reflect.TypeOf(halfCodec{}).Implements(t))
	fmt.Println(reflect.TypeOf(&jsonCodec{}).Implements(t))
}
