package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
)

func main() {
	// ExampleFunc
	{
		fs := flag.NewFlagSet("ExampleFunc", flag.ContinueOnError)
		fs.SetOutput(os.Stdout)
		var ip net.IP
		fs.Func("ip", "`IP address` to parse", func(s string) error {
			ip = net.ParseIP(s)
			if ip == nil {
				return errors.New("could not parse IP")
			}
			return nil
		})
		fs.Parse([]string{"-ip", "127.0.0.1"})
		fmt.Printf("{ip: %v, loopback: %t}\n\n", ip, ip.IsLoopback())

		// 256 is not a valid IPv4 component
		fs.Parse([]string{"-ip", "256.0.0.1"})
		fmt.Printf("{ip: %v, loopback: %t}\n\n", ip, ip.IsLoopback())

	}

	// ExampleBoolFunc
	{
		fs := flag.NewFlagSet("ExampleBoolFunc", flag.ContinueOnError)
		fs.SetOutput(os.Stdout)

		fs.BoolFunc("log", "logs a dummy message", func(s string) error {
			fmt.Println("dummy message:", s)
			return nil
		})
		fs.Parse([]string{"-log"})
		fs.Parse([]string{"-log=0"})

	}
}
