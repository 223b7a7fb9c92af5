package main

import (
	"fmt"
	"sync"
)

type Engine struct{ hp int }

func (e *Engine) Power() int { return e.hp }

type Car struct {
	*Engine
	Name string
}

func main() {
	cars := []Car{{&Engine{150}, "sedan"}, {nil, "shell"}}
	fmt.Println(cars[0].Power())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, c := range cars {
			fmt.Println(c.Name, c.Power())
		}
	}()
	wg.Wait()
	select {}
}
