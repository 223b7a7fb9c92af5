package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan int, 2)
	v := reflect.ValueOf(ch)
	v.Send(reflect.ValueOf(7))
	x, ok := v.Recv()
	fmt.Println(x.Int(), ok, v.Type().ChanDir(), v.Len(), v.Cap())
	mc := reflect.MakeChan(reflect.TypeOf(ch), 1)
	mc.Send(reflect.ValueOf(9))
	fmt.Println(<-mc.Interface().(chan int))
	cases := []reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: v}, {Dir: reflect.SelectDefault}}
	chosen, _, _ := reflect.Select(cases)
	fmt.Println(chosen)
}
