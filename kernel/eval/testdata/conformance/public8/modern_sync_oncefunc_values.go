package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Config struct {
	Name  string
	Ports []int
}

var loads int

var loadConfig = sync.OnceValue(func() *Config {
	loads++
	return &Config{Name: "prod", Ports: []int{80, 443}}
})

var parseEnv = sync.OnceValues(func() (map[string]string, error) {
	loads++
	env := map[string]string{}
	for _, kv := range strings.Split("A=1;B=2;C", ";") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return env, errors.New("bad entry " + kv)
		}
		env[k] = v
	}
	return env, nil
})

func main() {
	calls := 0
	initOnce := sync.OnceFunc(func() { calls++; fmt.Println("init ran") })
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			initOnce()
		}()
	}
	wg.Wait()
	initOnce()
	fmt.Println("calls", calls)

	c1 := loadConfig()
	c2 := loadConfig()
	fmt.Println(c1 == c2, c1.Name, c1.Ports, loads)
	for i := 0; i < 3; i++ {
		env, err := parseEnv()
		fmt.Println(len(env), env["B"], err)
	}
	fmt.Println("loads", loads)

	panicky := sync.OnceFunc(func() { panic("first call fails") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			panicky()
		}()
	}
}
