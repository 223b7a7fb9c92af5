package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

var readConfig = sync.OnceValues(func() ([]byte, error) {
	_, err := os.ReadFile("/definitely/missing/config.json")
	if err != nil {
		return nil, errors.New("config missing")
	}
	return []byte("{}"), nil
})

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = readConfig()
		}()
	}
	wg.Wait()
	for _, e := range errs {
		fmt.Println(e, e == errs[0])
	}
}
