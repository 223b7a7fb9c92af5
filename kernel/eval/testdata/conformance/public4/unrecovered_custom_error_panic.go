package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key string
}

func (e *ConfigError) Error() string { return "missing config key " + e.Key }

func load(key string) {
	defer fmt.Println("cleanup for", key)
	panic(fmt.Errorf("load: %w", &ConfigError{key}))
}

func main() {
	err := fmt.Errorf("outer: %w", errors.New("inner"))
	fmt.Println(err)
	load("db.host")
}
