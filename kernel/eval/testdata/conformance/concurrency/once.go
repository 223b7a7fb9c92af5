package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"env": "test"}
}

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	once.Do(loadConfig)
	fmt.Println(config["env"])
}
