package main

import (
	"flag"
	"fmt"
	"time"
)

var (
	name    = flag.String("name", "world", "who to greet")
	times   = flag.Int("n", 1, "how many `times`")
	verbose = flag.Bool("v", false, "verbose output")
	wait    = flag.Duration("wait", 2*time.Second, "pause between greetings")
)

func main() {
	flag.Parse()
	for i := 0; i < *times; i++ {
		fmt.Printf("hello, %s (%v, %v)\n", *name, *verbose, *wait)
	}
	fmt.Println(flag.NArg(), flag.NFlag(), flag.Args())
	flag.VisitAll(func(f *flag.Flag) {
		fmt.Printf("-%s default=%q usage=%q\n", f.Name, f.DefValue, f.Usage)
	})
	flag.Set("n", "3")
	fmt.Println(*times, flag.Lookup("n").Value)
	fmt.Println(flag.Set("n", "many"))
	flag.PrintDefaults()
}
