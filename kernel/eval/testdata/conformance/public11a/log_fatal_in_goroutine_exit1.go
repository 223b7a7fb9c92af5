package main

import (
	"fmt"
	"log"
	"sync"
)

func main() {
	log.SetFlags(0)
	defer fmt.Println("main's deferred call: never printed")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker checking config")
		log.Fatalf("worker: missing key %q", "db.url")
	}()
	wg.Wait()
	select {}
}
