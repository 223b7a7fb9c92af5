package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, cmd := range []string{"sleep 5; exit 1", "exit 1"} {
		d := 5 * time.Second
		if cmd != "exit 1" {
			d = 200 * time.Millisecond
		}
		_, err := subprocess.Run([]string{"sh", "-c", cmd}, subprocess.Options{Timeout: d, Check: true})
		var te *subprocess.TimeoutExpired
		var ce *subprocess.CalledProcessError
		switch {
		case errors.As(err, &te):
			fmt.Println("TimeoutExpired")
		case errors.As(err, &ce) && cmd == "exit 1":
			fmt.Println("CalledProcessError", ce.Returncode)
		case errors.As(err, &ce):
			fmt.Println("CalledProcessError")
		}
	}
}
