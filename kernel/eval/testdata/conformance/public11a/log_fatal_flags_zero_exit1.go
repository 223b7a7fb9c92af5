package main

import (
	"fmt"
	"log"
	"os"
)

func loadConfig(path string) (map[string]string, error) {
	if path == "" {
		return nil, fmt.Errorf("config path is empty")
	}
	return map[string]string{"path": path}, nil
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	defer fmt.Println("deferred: never printed after log.Fatal")
	cfg, err := loadConfig("/etc/app.conf")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("loaded", cfg["path"])
	log.Println("continuing")
	fmt.Fprintln(os.Stderr, "about to fail")
	_, err = loadConfig("")
	if err != nil {
		log.Fatalf("fatal: %v", err)
	}
	fmt.Println("unreachable")
}
