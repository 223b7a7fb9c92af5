// sync.WaitGroup embedded by value and by pointer beside fields.
package main

import (
	"fmt"
	"reflect"
	"sync"
)

type Jobs struct {
	sync.WaitGroup
	mu      sync.Mutex
	Results []int
}

type Group struct {
	*sync.WaitGroup
	N int
}

func main() {
	j := &Jobs{}
	for i := 1; i <= 3; i++ {
		j.Add(1)
		go func(i int) {
			defer j.Done()
			j.mu.Lock()
			j.Results = append(j.Results, i*i)
			j.mu.Unlock()
		}(i)
	}
	j.Wait()
	sum := 0
	for _, r := range j.Results {
		sum += r
	}
	fmt.Println(len(j.Results), sum)
	g := Group{WaitGroup: &sync.WaitGroup{}, N: 2}
	g.Add(g.N)
	go g.Done()
	go g.Done()
	g.Wait()
	t := reflect.TypeOf(g)
	fmt.Println(t.Field(0).Name, t.Field(0).Anonymous, t.Field(1).Name)
	fmt.Println(reflect.TypeOf(j).Elem().Field(0).Anonymous)
}
