package main

import "fmt"

type Config struct{ scale int }

func (c Config) Scaled(n int) int { return n * c.scale * factor }

func (c *Config) Describe() string { return fmt.Sprint("scale=", c.scale, " factor=", factor) }

var cfg = Config{scale: 2}

// The initializers below depend on factor through the methods they call.
var scaled = cfg.Scaled(5)
var describe = (&cfg).Describe()
var scaler = cfg.Scaled
var viaExpr = Config.Scaled(Config{3}, 1)

var factor = initFactor()

func initFactor() int {
	fmt.Println("factor initialized")
	return 10
}

func main() {
	fmt.Println(scaled, describe, scaler(1), viaExpr)
}
