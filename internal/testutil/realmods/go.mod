module github.com/gonotes/gonotes/internal/testutil/realmods

go 1.24

require (
	github.com/google/uuid v1.6.0
	golang.org/x/sync v0.16.0
	gopkg.in/yaml.v3 v3.0.1
)
