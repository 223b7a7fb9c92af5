package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	chans := make([]chan string, 4)
	for i := range chans {
		chans[i] = make(chan string, 2)
		for j := range i {
			chans[i] <- fmt.Sprintf("c%d-m%d", i, j)
		}
		close(chans[i])
	}
	cases := make([]reflect.SelectCase, len(chans))
	for i, ch := range chans {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}
	}
	var got []string
	closedCount := 0
	for closedCount < len(chans) {
		chosen, v, ok := reflect.Select(cases)
		if !ok {
			cases[chosen].Chan = reflect.ValueOf(nil)
			closedCount++
			continue
		}
		got = append(got, v.String())
	}
	sort.Strings(got)
	fmt.Println(got, closedCount)
	out := make(chan int, 1)
	sendCase := []reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf(99)},
		{Dir: reflect.SelectDefault},
	}
	c1, _, _ := reflect.Select(sendCase)
	c2, _, _ := reflect.Select(sendCase)
	fmt.Println(c1, c2, <-out)
	rc := reflect.MakeChan(reflect.TypeOf(make(chan float64)), 1)
	rc.Send(reflect.ValueOf(2.5))
	x, ok := rc.Recv()
	fmt.Println(x.Float(), ok, rc.Len(), rc.Cap())
	v, ok := rc.TryRecv()
	fmt.Println(v.IsValid(), ok)
}
